using System.Net.Mail;
using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Mail;
using Rememberizer.Contract.Fake.Sessions;
using Rememberizer.Contract.MockServer.Control.Contracts;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary>
/// Users made, verified and deleted directly (no captcha, no e-mail), their live sessions, and the mail the fake
/// "sent" them.
/// </summary>
public static class UserEndpoints
{
    public static async Task<IResult> Create(HttpRequest request, [FromServices] AccountService accounts)
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

    /// <summary>Oldest first, like the mailbox; <c>limit</c> keeps the newest N.</summary>
    public static IResult List(int? limit, [FromServices] UserStore users, [FromServices] SessionStore sessions)
    {
        var live = sessions.Live().ToLookup(s => s.UserId);
        return Results.Ok(users.All().TakeLast(Math.Clamp(limit ?? 200, 1, 10_000)).Select(u => new UserEntry(
            u.Id, u.Email, u.Name, u.EmailVerified,
            [.. live[u.Id].Select(s => new SessionEntry(s.Id, s.Kind == SessionKind.OAuth ? "oauth" : "browser", s.Scope, s.StartedAt, s.ExpiresAt))])));
    }

    public static async Task<IResult> VerifyAsync(int id, [FromServices] AccountService accounts) =>
        await accounts.ConfirmEmailAsync(id) is { } user ? Results.Ok(new CreatedUser(user.Id, user.Email, user.Name, user.EmailVerified)) : DetailResult.NotFound;

    public static async Task<IResult> DeleteAsync(int id, [FromServices] AccountRemoval removal) => await removal.DeleteAsync(id) ? Results.NoContent() : DetailResult.NotFound;

    public static async Task<IResult> RevokeSessionAsync(string id, [FromServices] SessionStore sessions) => await sessions.RevokeAsync(id) ? Results.NoContent() : DetailResult.NotFound;

    /// <summary>Oldest first; <c>limit</c> keeps the newest N.</summary>
    public static IResult Mailbox(string? to, int? limit, [FromServices] Mailbox mailbox) =>
        Results.Json(mailbox.Messages(to).TakeLast(Math.Clamp(limit ?? Fake.Mail.Mailbox.Capacity, 1, Fake.Mail.Mailbox.Capacity))
            .Select(m => new MailboxMessage(m.To, m.Subject, m.Code, m.SentAt)).ToList());

}
