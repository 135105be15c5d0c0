using System.Net;
using System.Net.Http.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Auth;

public sealed class LogoutTests
{
    private const string Logout = "/api/v1/auth/custom-logout/";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LogoutClearsBothCookiesAndEndsTheSession()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await browser.PostAsync(Logout, null, Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("max-age=0", response.CookieAttributes("access_token"));
        Assert.Contains("max-age=0", response.CookieAttributes("refresh_token"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/account/", Ct)).StatusCode);
    }

    [Fact]
    public async Task AccessTokenOfALoggedOutSessionStopsWorkingBeforeItExpires()
    {
        await using var app = new MockServerApp();
        await app.CreateUserAsync();
        var signIn = await app.CreateBareClient().PostAsJsonAsync("/api/v1/auth/signin/",
            new { login = "ada@example.com", password = SessionHelpers.Password, captcha = SessionHelpers.Captcha }, Ct);
        var bearer = app.CreateBareClient();
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", signIn.CookieValue("access_token"));
        var before = await bearer.GetAsync("/api/v1/account/", Ct);

        var logout = new HttpRequestMessage(HttpMethod.Post, Logout);
        logout.Headers.Add("Cookie", $"refresh_token={signIn.CookieValue("refresh_token")}");
        await app.CreateBareClient().SendAsync(logout, Ct);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var after = await bearer.GetAsync("/api/v1/account/", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("token_not_valid", (await after.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task LoggedOutRefreshTokenCannotBeReplayed()
    {
        await using var app = new MockServerApp();
        await app.CreateUserAsync();
        var signIn = await app.CreateBareClient().PostAsJsonAsync("/api/v1/auth/signin/",
            new { login = "ada@example.com", password = SessionHelpers.Password, captcha = SessionHelpers.Captcha }, Ct);
        var cookie = $"refresh_token={signIn.CookieValue("refresh_token")}";

        var logout = new HttpRequestMessage(HttpMethod.Post, Logout);
        logout.Headers.Add("Cookie", cookie);
        await app.CreateBareClient().SendAsync(logout, Ct);
        var refresh = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/custom-refresh/");
        refresh.Headers.Add("Cookie", cookie);

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateBareClient().SendAsync(refresh, Ct)).StatusCode);
    }

    [Fact]
    public async Task LogoutIsIdempotentAndNeedsNoSession()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var first = await browser.PostAsync(Logout, null, Ct);
        var second = await browser.PostAsync(Logout, null, Ct);
        var anonymous = await app.CreateBareClient().PostAsync(Logout, null, Ct);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, anonymous.StatusCode);
        Assert.Contains("max-age=0", anonymous.CookieAttributes("refresh_token"));
    }
}
