using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.Mail;

public sealed record MailSent(string To, string Subject, string Code, DateTimeOffset SentAt) : StateEvent;

public static class MailChangeNames
{
    public static ChangeNames AddMailChanges(this ChangeNames names) => names.Add<MailSent>("mail_sent");
}
