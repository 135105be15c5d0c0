using System.Net;
using System.Net.Http.Json;
using Rememberizer.Contract.MockServer.Control.Contracts;

namespace Rememberizer.Contract.MockServer.Tests.Infrastructure;

/// <summary>
/// Users and signed-in clients for tests, made the way a frontend developer makes them: through
/// <c>/_mock/users</c> and <c>/auth/signin/</c>.
/// </summary>
public static class SessionHelpers
{
    public const string Password = "correct-horse-battery";
    public const string Captcha = "recaptcha_response";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates a user directly (no captcha, no e-mail) and returns its id.</summary>
    public static async Task<int> CreateUserAsync(this MockServerApp app, string email = "ada@example.com", bool verified = true, string name = "Ada Lovelace")
    {
        var response = await app.CreateBareClient().PostAsJsonAsync("/_mock/users", new CreateUserRequest(email, Password, name, verified), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CreatedUser>(Ct))!.Id;
    }

    /// <summary>A cookie-keeping client signed in as a new user.</summary>
    public static async Task<HttpClient> SignedInBrowserAsync(this MockServerApp app, string email = "ada@example.com", bool verified = true) =>
        (await app.SignedInUserAsync(email, verified)).Client;

    /// <summary>A cookie-keeping client signed in as a new user, with that user's id.</summary>
    public static async Task<(HttpClient Client, int UserId)> SignedInUserAsync(this MockServerApp app, string email = "ada@example.com", bool verified = true)
    {
        var userId = await app.CreateUserAsync(email, verified);
        var browser = app.CreateBrowser();
        await browser.SignInAsync(email);
        return (browser, userId);
    }

    public static async Task SignInAsync(this HttpClient browser, string email = "ada@example.com", string password = Password)
    {
        var response = await browser.PostAsJsonAsync("/api/v1/auth/signin/", new { login = email, password, captcha = Captcha }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    /// <summary>The messages the fake mailed to an address, oldest first.</summary>
    public static async Task<IReadOnlyList<MailboxMessage>> MailboxAsync(this MockServerApp app, string to) =>
        (await app.CreateBareClient().GetFromJsonAsync<List<MailboxMessage>>($"/_mock/mailbox?to={Uri.EscapeDataString(to)}", Ct))!;

    /// <summary>The code of the latest verification e-mail to an address.</summary>
    public static async Task<string> LatestCodeAsync(this MockServerApp app, string to) => (await app.MailboxAsync(to))[^1].Code;
}
