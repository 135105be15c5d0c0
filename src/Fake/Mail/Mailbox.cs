using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.Mail;

/// <summary>An e-mail the fake "sent"; the code is kept as a field so tests need not parse a body.</summary>
public sealed record MailMessage(string To, string Subject, string Code, DateTimeOffset SentAt);

/// <summary>
/// The messages the fake sent, oldest first, readable through <c>GET /_mock/mailbox</c>: the newest
/// <see cref="Capacity"/>, so a long-running mock does not grow with every sign-up.
/// </summary>
public sealed class Mailbox : IResettable
{
    public const string VerificationSubject = "Your Rememberizer verification code";
    public const int Capacity = 10_000;

    private readonly Lock _gate = new();
    private readonly List<MailMessage> _messages = [];
    private readonly MockClock _clock;
    private readonly StateJournal _journal;

    public Mailbox(MockClock clock, StateJournal journal)
    {
        _clock = clock;
        _journal = journal;
    }

    /// <summary>Raised after this process sent a message, outside the mailbox's lock; the mock's terminal prints it.</summary>
    public event Action<MailMessage>? Sent;

    public async Task<MailMessage> SendVerificationCodeAsync(string to, string code)
    {
        var message = new MailMessage(to, VerificationSubject, code, _clock.GetUtcNow());
        await _journal.RecordAsync(new MailSent(message.To, message.Subject, message.Code, message.SentAt));
        Sent?.Invoke(message);
        return message;
    }

    internal void Apply(MailSent sent) => Keep(new MailMessage(sent.To, sent.Subject, sent.Code, sent.SentAt));

    private void Keep(MailMessage message)
    {
        lock (_gate)
        {
            _messages.Add(message);
            if (_messages.Count > Capacity)
            {
                _messages.RemoveRange(0, _messages.Count - Capacity);
            }
        }
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
