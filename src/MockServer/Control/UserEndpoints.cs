using System.Net.Mail;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Mail;
using Rememberizer.Contract.MockServer.Control.Contracts;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary>Users made directly (no captcha, no e-mail) and the mail the fake "sent" them.</summary>
public static class UserEndpoints
{
    public static async Task<IResult> Create(HttpRequest request, AccountService accounts)
    {
        var (body, rejection) = await ControlBody.ReadAsync(request);
        if (body is null)
        {
            return rejection!;
        }

        var email = body.String("email", required: true);
        var password = body.String("password", required: true, trim: false);
        var name = body.String("name", required: true);
        var verified = body.Boolean("email_verified") ?? true;
        if (email is not null && (!MailAddress.TryCreate(email, out var address) || address.Address != email))
        {
            body.Refuse("email", "Enter a valid email address.");
        }

        if (password is not null and not { Length: >= 8 and <= 128 })
        {
            body.Refuse("password", "Ensure this field has 8 to 128 characters.");
        }

        if (body.Errors.Count > 0)
        {
            return body.Rejection();
        }

        var user = await accounts.CreateUserAsync(email!, password!, name!, verified);
        return user is null
            ? FieldErrorsResult.Single("email", AccountMessages.EmailTaken)
            : Results.Json(new CreatedUser(user.Id, user.Email, user.Name, user.EmailVerified), statusCode: StatusCodes.Status201Created);
    }

    public static IResult Mailbox(string? to, Mailbox mailbox) =>
        Results.Json(mailbox.Messages(to).Select(m => new MailboxMessage(m.To, m.Subject, m.Code, m.SentAt)).ToList());
}
