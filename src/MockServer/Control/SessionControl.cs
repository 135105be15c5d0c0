using System.Net.Mail;
using Rememberizer.Contract.MockServer.Control.Contracts;
using Rememberizer.Contract.MockServer.Fake.Accounts;
using Rememberizer.Contract.MockServer.Fake.Clock;
using Rememberizer.Contract.MockServer.Fake.Mail;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary><c>/_mock/users</c>, <c>/_mock/mailbox</c> and <c>/_mock/clock/advance</c>.</summary>
public static class SessionControl
{
    public static RouteGroupBuilder MapSessionControl(this RouteGroupBuilder group)
    {
        group.MapPost("/users", CreateUser);
        group.MapGet("/mailbox", ReadMailbox);
        group.MapPost("/clock/advance", AdvanceClock);
        return group;
    }

    private static async Task<IResult> CreateUser(HttpRequest request, AccountService accounts)
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

        var user = accounts.CreateUser(email!, password!, name!, verified);
        return user is null
            ? FieldErrorsResult.Single("email", AccountMessages.EmailTaken)
            : Results.Json(new CreatedUser(user.Id, user.Email, user.Name, user.EmailVerified), statusCode: StatusCodes.Status201Created);
    }

    private static IResult ReadMailbox(string? to, Mailbox mailbox) =>
        Results.Json(mailbox.Messages(to).Select(m => new MailboxMessage(m.To, m.Subject, m.Code, m.SentAt)).ToList());

    private static async Task<IResult> AdvanceClock(HttpRequest request, MockClock clock)
    {
        var (body, rejection) = await ControlBody.ReadAsync(request);
        if (body is null)
        {
            return rejection!;
        }

        if (body.Number("seconds", required: true) is not { } seconds)
        {
            return body.Rejection();
        }

        if (seconds < 0 || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            return FieldErrorsResult.Single("seconds", "Ensure this value is a non-negative number of seconds.");
        }

        clock.Advance(TimeSpan.FromSeconds(seconds));
        return Results.NoContent();
    }
}
