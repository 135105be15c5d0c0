using Rememberizer.Contract.Fake.Clock;

namespace Rememberizer.Contract.Fake.Mail;

/// <summary>An e-mail the fake "sent"; the code is kept as a field so tests need not parse a body.</summary>
public sealed record MailMessage(string To, string Subject, string Code, DateTimeOffset SentAt);

/// <summary>
/// The messages the fake sent, oldest first, readable through <c>GET /_mock/mailbox</c>: the newest
/// <see cref="Capacity"/>, so a long-running mock does not grow with every sign-up.
/// </summary>
public sealed class Mailbox(MockClock clock) : IResettable
{
    public const string VerificationSubject = "Your Rememberizer verification code";
    public const int Capacity = 10_000;

    private readonly Lock _gate = new();
    private readonly List<MailMessage> _messages = [];

    /// <summary>Raised after a message is kept, outside the mailbox's lock; the mock's terminal prints it.</summary>
    public event Action<MailMessage>? Sent;

    public MailMessage SendVerificationCode(string to, string code)
    {
        var message = new MailMessage(to, VerificationSubject, code, clock.GetUtcNow());
        lock (_gate)
        {
            _messages.Add(message);
            if (_messages.Count > Capacity)
            {
                _messages.RemoveRange(0, _messages.Count - Capacity);
            }
        }

        Sent?.Invoke(message);
        return message;
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _messages.Count;
            }
        }
    }

    /// <summary>Messages to one address (compared case-insensitively), or all of them when none is given.</summary>
    public IReadOnlyList<MailMessage> Messages(string? to = null)
    {
        lock (_gate)
        {
            return [.. _messages.Where(m => to is null || string.Equals(m.To, to, StringComparison.OrdinalIgnoreCase))];
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _messages.Clear();
        }
    }
}
