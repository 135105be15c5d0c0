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

    private static IResult CreateUser(CreateUserRequest? body, AccountService accounts)
    {
        var errors = new Dictionary<string, IReadOnlyList<string>>();
        if (string.IsNullOrWhiteSpace(body?.Email) || !MailAddress.TryCreate(body.Email, out var address) || address.Address != body.Email)
        {
            errors["email"] = [string.IsNullOrWhiteSpace(body?.Email) ? "This field is required." : "Enter a valid email address."];
        }

        if (body?.Password is not { Length: >= 8 and <= 128 })
        {
            errors["password"] = [body?.Password is null ? "This field is required." : "Ensure this field has 8 to 128 characters."];
        }

        if (string.IsNullOrWhiteSpace(body?.Name))
        {
            errors["name"] = ["This field is required."];
        }

        if (errors.Count > 0)
        {
            return new FieldErrorsResult(errors);
        }

        var user = accounts.CreateUser(body!.Email!, body.Password!, body.Name!, body.EmailVerified ?? true);
        return user is null
            ? FieldErrorsResult.Single("email", AccountMessages.EmailTaken)
            : Results.Json(new CreatedUser(user.Id, user.Email, user.Name, user.EmailVerified), statusCode: StatusCodes.Status201Created);
    }

    private static IResult ReadMailbox(string? to, Mailbox mailbox) =>
        Results.Json(mailbox.Messages(to).Select(m => new MailboxMessage(m.To, m.Subject, m.Code, m.SentAt)).ToList());

    private static IResult AdvanceClock(ClockAdvanceRequest? body, MockClock clock)
    {
        if (body?.Seconds is not { } seconds || seconds < 0 || double.IsNaN(seconds) || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            return FieldErrorsResult.Single("seconds", body?.Seconds is null ? "This field is required." : "Ensure this value is a non-negative number of seconds.");
        }

        clock.Advance(TimeSpan.FromSeconds(seconds));
        return Results.NoContent();
    }
}
