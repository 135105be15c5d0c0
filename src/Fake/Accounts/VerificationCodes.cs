using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Clock;

namespace Rememberizer.Contract.Fake.Accounts;

public enum CodeCheck
{
    Accepted,
    Rejected,
    Locked,
}

/// <summary>
/// The pending e-mail verification code of each user: one at a time, valid for a while, usable once, locked after
/// <see cref="MaxWrongAttempts"/> wrong guesses until a new code replaces it.
/// </summary>
public sealed class VerificationCodes(MockClock clock, IOptions<AuthOptions> options) : IResettable
{
    public const int MaxWrongAttempts = 5;

    private readonly Lock _gate = new();
    private readonly Dictionary<int, PendingCode> _pending = [];

    /// <summary>
    /// Replaces the user's code with a fresh one (resetting the wrong-attempt count) and returns it. A fixed code
    /// may be given where the caller must know it in advance (Pact provider states); otherwise it is random.
    /// </summary>
    public string Issue(int userId, string? fixedCode = null)
    {
        if (fixedCode is not null && (fixedCode.Length != 6 || !fixedCode.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException("A verification code is six digits.", nameof(fixedCode));
        }

        var code = fixedCode ?? RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        lock (_gate)
        {
            _pending[userId] = new PendingCode(code, clock.GetUtcNow() + options.Value.VerificationCodeLifetime);
        }

        return code;
    }

    /// <summary>True when the user has no code that could still be entered: none, used, expired or locked.</summary>
    public bool NeedsNewCode(int userId)
    {
        lock (_gate)
        {
            return !_pending.TryGetValue(userId, out var pending) || !pending.IsUsable(clock.GetUtcNow());
        }
    }

    public CodeCheck Check(int userId, string code)
    {
        lock (_gate)
        {
            if (!_pending.TryGetValue(userId, out var pending) || pending.Used)
            {
                return CodeCheck.Rejected;
            }

            // A locked code stays locked even once it expires: only a new code ends the lock.
            if (pending.WrongAttempts >= MaxWrongAttempts)
            {
                return CodeCheck.Locked;
            }

            if (pending.ExpiresAt <= clock.GetUtcNow())
            {
                return CodeCheck.Rejected;
            }

            if (!CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(pending.Code), System.Text.Encoding.ASCII.GetBytes(code)))
            {
                pending.WrongAttempts++;
                return CodeCheck.Rejected;
            }

            pending.Used = true;
            return CodeCheck.Accepted;
        }
    }

    /// <summary>Drops the user's pending code (the user was deleted).</summary>
    public void Forget(int userId)
    {
        lock (_gate)
        {
            _pending.Remove(userId);
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }

    private sealed class PendingCode(string code, DateTimeOffset expiresAt)
    {
        public string Code { get; } = code;

        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public int WrongAttempts { get; set; }

        public bool Used { get; set; }

        public bool IsUsable(DateTimeOffset now) => !Used && ExpiresAt > now && WrongAttempts < MaxWrongAttempts;
    }
}
