using System.Net;
using System.Net.Http.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Auth;

public sealed class SignInTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Credentials(string login = "ada@example.com", string password = SessionHelpers.Password, string captcha = SessionHelpers.Captcha) =>
        new { login, password, captcha };

    [Fact]
    public async Task SignInAnswers204WithHttpOnlyLaxSessionCookies()
    {
        await using var app = new MockServerApp();
        await app.CreateUserAsync();

        var response = await app.CreateBareClient().PostAsJsonAsync("/api/v1/auth/signin/", Credentials(), Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(["httponly", "max-age=300", "path=/", "samesite=lax"], response.CookieAttributes("access_token").Order());
        Assert.Equal(["httponly", "max-age=86400", "path=/api/v1/auth/", "samesite=lax"], response.CookieAttributes("refresh_token").Order());
    }

    [Fact]
    public async Task SignInOverHttpsMarksTheCookiesSecure()
    {
        await using var app = new MockServerApp();
        await app.CreateUserAsync();

        var response = await app.CreateBrowser("https://localhost/").PostAsJsonAsync("/api/v1/auth/signin/", Credentials(), Ct);

        Assert.Contains("secure", response.CookieAttributes("access_token"));
        Assert.Contains("secure", response.CookieAttributes("refresh_token"));
    }

    [Fact]
    public async Task LoginIsMatchedCaseInsensitively()
    {
        await using var app = new MockServerApp();
        await app.CreateUserAsync("ada@example.com");

        var response = await app.CreateBareClient().PostAsJsonAsync("/api/v1/auth/signin/", Credentials("ADA@EXAMPLE.COM"), Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task WrongPasswordAndUnknownUserGetTheSame401()
    {
        await using var app = new MockServerApp();
        await app.CreateUserAsync();
        var client = app.CreateBareClient();

        var wrongPassword = await client.PostAsJsonAsync("/api/v1/auth/signin/", Credentials(password: "not-the-password"), Ct);
        var unknownUser = await client.PostAsJsonAsync("/api/v1/auth/signin/", Credentials(login: "nobody@example.com"), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownUser.StatusCode);
        var body = await wrongPassword.Content.ReadAsStringAsync(Ct);
        Assert.Equal("""{"detail":"No active account found with the given credentials"}""", body);
        Assert.Equal(body, await unknownUser.Content.ReadAsStringAsync(Ct));
        Assert.False(wrongPassword.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task CaptchaIsCheckedBeforeTheCredentials()
    {
        await using var app = new MockServerApp();

        var response = await app.CreateBareClient().PostAsJsonAsync("/api/v1/auth/signin/", Credentials(login: "nobody@example.com", captcha: "invalid-captcha"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.FieldErrorsAsync()).ContainsKey("captcha"));
    }

    [Fact]
    public async Task UnverifiedUserWithoutAValidCodeGetsANewOneOnSignIn()
    {
        await using var app = new MockServerApp();
        await app.CreateUserAsync(verified: false);
        var client = app.CreateBareClient();

        await client.PostAsJsonAsync("/api/v1/auth/signin/", Credentials(), Ct);
        await client.PostAsJsonAsync("/api/v1/auth/signin/", Credentials(), Ct);
        var whileValid = (await app.MailboxAsync("ada@example.com")).Count;
        await app.Clock.AdvanceAsync(TimeSpan.FromMinutes(16));
        await client.PostAsJsonAsync("/api/v1/auth/signin/", Credentials(), Ct);

        Assert.Equal(1, whileValid);
        Assert.Equal(2, (await app.MailboxAsync("ada@example.com")).Count);
    }

    [Fact]
    public async Task VerifiedUserIsNotMailedOnSignIn()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        await browser.SignInAsync();

        Assert.Empty(await app.MailboxAsync("ada@example.com"));
    }
}
