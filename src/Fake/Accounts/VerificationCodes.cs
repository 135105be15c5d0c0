using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.Accounts;

public enum CodeCheck
{
    Accepted,
    Rejected,
    Locked,
}

/// <summary>
/// The pending e-mail verification code of each user: one at a time, valid for a while, usable once, locked after
/// <see cref="MaxWrongAttempts"/> wrong guesses until a new code replaces it. Wrong guesses are recorded changes,
/// so the limit counts the guesses made through every process sharing the tenant.
/// </summary>
public sealed class VerificationCodes : IResettable
{
    public const int MaxWrongAttempts = 5;

    private readonly Lock _gate = new();
    private readonly Dictionary<int, PendingCode> _pending = [];
    private readonly MockClock _clock;
    private readonly StateJournal _journal;
    private readonly IOptions<AuthOptions> _options;

    public VerificationCodes(MockClock clock, IOptions<AuthOptions> options, StateJournal journal)
    {
        _clock = clock;
        _options = options;
        _journal = journal;
    }

    internal void Apply(VerificationCodeChange change)
    {
        switch (change)
        {
            case CodeIssued issued:
                Locked(() => _pending[issued.UserId] = new PendingCode(issued.Code, issued.ExpiresAt));
                break;
            case CodeAttemptFailed failed:
                Locked(() => _pending.GetValueOrDefault(failed.UserId)?.WrongAttempts += 1);
                break;
            case CodeUsed used:
                Locked(() => _pending.GetValueOrDefault(used.UserId)?.Used = true);
                break;
        }
    }

    /// <summary>Drops the user's code: a verified address needs none, and a deleted user has none.</summary>
    internal void Forget(int userId) => Locked(() => _pending.Remove(userId));

    /// <summary>
    /// Replaces the user's code with a fresh one (resetting the wrong-attempt count) and returns it. A fixed code
    /// may be given where the caller must know it in advance (Pact provider states); otherwise it is random.
    /// </summary>
    public async Task<string> IssueAsync(int userId, string? fixedCode = null)
    {
        if (fixedCode is not null && (fixedCode.Length != 6 || !fixedCode.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException("A verification code is six digits.", nameof(fixedCode));
        }

        var code = fixedCode ?? RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        await _journal.RecordAsync(new CodeIssued(userId, code, _clock.GetUtcNow() + _options.Value.VerificationCodeLifetime));
        return code;
    }

    /// <summary>True when the user has no code that could still be entered: none, used, expired or locked.</summary>
    public bool NeedsNewCode(int userId)
    {
        lock (_gate)
        {
            return !_pending.TryGetValue(userId, out var pending) || !pending.IsUsable(_clock.GetUtcNow());
        }
    }

    public Task<CodeCheck> CheckAsync(int userId, string code) => _journal.DecideAsync(() =>
    {
        lock (_gate)
        {
            if (!_pending.TryGetValue(userId, out var pending) || pending.Used)
            {
                return Decision<CodeCheck>.Refuse(CodeCheck.Rejected);
            }

            // A locked code stays locked even once it expires: only a new code ends the lock.
            if (pending.WrongAttempts >= MaxWrongAttempts)
            {
                return Decision<CodeCheck>.Refuse(CodeCheck.Locked);
            }

            if (pending.ExpiresAt <= _clock.GetUtcNow())
            {
                return Decision<CodeCheck>.Refuse(CodeCheck.Rejected);
            }

            return CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(pending.Code), System.Text.Encoding.ASCII.GetBytes(code))
                ? Decision<CodeCheck>.Change(CodeCheck.Accepted, new CodeUsed(userId))
                : Decision<CodeCheck>.Change(CodeCheck.Rejected, new CodeAttemptFailed(userId));
        }
    });

    public void Reset() => Locked(_pending.Clear);

    private void Locked(Action change)
    {
        lock (_gate)
        {
            change();
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
