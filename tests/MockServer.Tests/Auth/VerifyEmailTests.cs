using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Auth;

public sealed class VerifyEmailTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Signs up through the API, as a new user does, and returns the cookie client and the access JWT.</summary>
    private static async Task<(HttpClient Browser, string Access)> SignUpAsync(MockServerApp app)
    {
        var browser = app.CreateBrowser();
        var response = await browser.PostAsJsonAsync("/api/v1/auth/signup/",
            new { email = "new@example.com", password = "secure_password", name = "New User", captcha = "ok" }, Ct);
        return (browser, (await response.Content.ReadFromJsonAsync<SignUpResponse>(Ct))!.Access);
    }

    private static Task<HttpResponseMessage> VerifyAsync(HttpClient client, string code) =>
        client.PostAsJsonAsync("/api/v1/auth/verify-email/", new { verification_code = code }, Ct);

    private static string WrongCode(string code) => code == "000000" ? "111111" : "000000";

    [Fact]
    public async Task MailedCodeWithBearerTokenVerifiesTheAddress()
    {
        await using var app = new MockServerApp();
        var (_, access) = await SignUpAsync(app);
        var bare = app.CreateBareClient();
        bare.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);

        var response = await VerifyAsync(bare, await app.LatestCodeAsync("new@example.com"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<VerifyEmailResponse>(Ct);
        Assert.True(body!.Email_verified);
        Assert.True((await bare.GetFromJsonAsync<Me>("/api/v1/me/", Ct))!.Email_verified);
    }

    [Fact]
    public async Task SessionCookieAloneIsEnoughToVerify()
    {
        await using var app = new MockServerApp();
        var (browser, _) = await SignUpAsync(app);

        var response = await VerifyAsync(browser, await app.LatestCodeAsync("new@example.com"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task VerifyingWithoutASessionIs401()
    {
        await using var app = new MockServerApp();
        await SignUpAsync(app);

        var response = await VerifyAsync(app.CreateBareClient(), await app.LatestCodeAsync("new@example.com"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task WrongCodeIs400NamingTheCodeAndLeavesTheUserUnverified()
    {
        await using var app = new MockServerApp();
        var (browser, _) = await SignUpAsync(app);

        var response = await VerifyAsync(browser, WrongCode(await app.LatestCodeAsync("new@example.com")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The verification code is invalid or has expired."], (await response.FieldErrorsAsync())["verification_code"]);
        Assert.False((await browser.GetFromJsonAsync<Me>("/api/v1/me/", Ct))!.Email_verified);
    }

    [Fact]
    public async Task CodeExpiresAfterFifteenMinutes()
    {
        // A long-lived access token keeps the session alive past the code, so only the code's age is tested.
        await using var app = new MockServerApp().With("Auth:AccessTokenLifetime", "01:00:00");
        var (browser, _) = await SignUpAsync(app);
        var code = await app.LatestCodeAsync("new@example.com");

        await app.Clock.AdvanceAsync(TimeSpan.FromMinutes(15));
        var response = await VerifyAsync(browser, code);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.FieldErrorsAsync()).ContainsKey("verification_code"));
    }

    [Fact]
    public async Task CodeIsStillGoodJustBeforeItExpires()
    {
        await using var app = new MockServerApp().With("Auth:AccessTokenLifetime", "01:00:00");
        var (browser, _) = await SignUpAsync(app);

        await app.Clock.AdvanceAsync(TimeSpan.FromMinutes(14));

        Assert.Equal(HttpStatusCode.OK, (await VerifyAsync(browser, await app.LatestCodeAsync("new@example.com"))).StatusCode);
    }

    [Fact]
    public async Task CodeLifetimeIsConfigurable()
    {
        await using var app = new MockServerApp().With("Auth:VerificationCodeLifetime", "00:01:00");
        var (browser, _) = await SignUpAsync(app);
        var code = await app.LatestCodeAsync("new@example.com");

        await app.Clock.AdvanceAsync(TimeSpan.FromSeconds(61));

        Assert.Equal(HttpStatusCode.BadRequest, (await VerifyAsync(browser, code)).StatusCode);
    }

    [Fact]
    public async Task UsedCodeIsRejectedTheSecondTime()
    {
        await using var app = new MockServerApp();
        var (browser, _) = await SignUpAsync(app);
        var code = await app.LatestCodeAsync("new@example.com");

        var first = await VerifyAsync(browser, code);
        var second = await VerifyAsync(browser, code);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
    }

    [Fact]
    public async Task FiveWrongCodesLockTheCodeUntilSignInSendsANewOne()
    {
        await using var app = new MockServerApp();
        var (browser, _) = await SignUpAsync(app);
        var code = await app.LatestCodeAsync("new@example.com");

        var wrong = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            wrong.Add((await VerifyAsync(browser, WrongCode(code))).StatusCode);
        }

        var locked = await VerifyAsync(browser, code);
        await browser.PostAsJsonAsync("/api/v1/auth/signin/", new { login = "new@example.com", password = "secure_password", captcha = "ok" }, Ct);
        var fresh = await app.LatestCodeAsync("new@example.com");
        var unlocked = await VerifyAsync(browser, fresh);

        Assert.All(wrong, status => Assert.Equal(HttpStatusCode.BadRequest, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Equal("Too many wrong verification codes. Sign in again to receive a new code.", await locked.DetailAsync());
        Assert.Equal(2, (await app.MailboxAsync("new@example.com")).Count);
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
    }
}
