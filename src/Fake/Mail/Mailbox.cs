using Rememberizer.Contract.Fake.Clock;

namespace Rememberizer.Contract.Fake.Mail;

/// <summary>An e-mail the fake "sent"; the code is kept as a field so tests need not parse a body.</summary>
public sealed record MailMessage(string To, string Subject, string Code, DateTimeOffset SentAt);

/// <summary>Every message the fake sent, oldest first, readable through <c>GET /_mock/mailbox</c>.</summary>
public sealed class Mailbox(MockClock clock) : IResettable
{
    public const string VerificationSubject = "Your Rememberizer verification code";

    private readonly Lock _gate = new();
    private readonly List<MailMessage> _messages = [];

    public MailMessage SendVerificationCode(string to, string code)
    {
        var message = new MailMessage(to, VerificationSubject, code, clock.GetUtcNow());
        lock (_gate)
        {
            _messages.Add(message);
        }

        return message;
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
