using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Auth;

public sealed class SessionFlowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BrowserGoesFromSignUpThroughExpiryAndRefreshToLogout()
    {
        await using var app = new MockServerApp();
        var browser = app.CreateBrowser();
        var credentials = new { login = "flow@example.com", password = "secure_password", captcha = "ok" };

        var signUp = await browser.PostAsJsonAsync("/api/v1/auth/signup/",
            new { email = "flow@example.com", password = "secure_password", name = "Flow", captcha = "ok" }, Ct);
        Assert.Equal(HttpStatusCode.Created, signUp.StatusCode);
        var code = await app.LatestCodeAsync("flow@example.com");
        var verify = await browser.PostAsJsonAsync("/api/v1/auth/verify-email/", new { verification_code = code }, Ct);
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsJsonAsync("/api/v1/auth/signin/", credentials, Ct)).StatusCode);
        Assert.Equal("flow@example.com", (await browser.GetFromJsonAsync<Account>("/api/v1/account/", Ct))!.Email);

        await app.Clock.AdvanceAsync(TimeSpan.FromSeconds(301));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/account/", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/api/v1/auth/custom-refresh/", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/account/", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/api/v1/auth/custom-logout/", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/account/", Ct)).StatusCode);
    }

    /// <summary>The documentation's cURL examples, in order, with curl's manners: no cookie jar, explicit headers.</summary>
    [Fact]
    public async Task DocumentationCurlSequenceGetsTheStatusesTheDocsExpect()
    {
        await using var app = new MockServerApp();
        var curl = app.CreateBareClient();

        var signUp = await curl.PostAsync("/api/v1/auth/signup/", Json("""
            {"email": "user@example.com", "password": "secure_password", "name": "John Doe", "captcha": "recaptcha_response"}
            """), Ct);
        var access = (await signUp.Content.ReadFromJsonAsync<SignUpResponse>(Ct))!.Access;

        var verifyRequest = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/verify-email/")
        {
            Content = Json($$"""{"verification_code": "{{await app.LatestCodeAsync("user@example.com")}}"}"""),
        };
        verifyRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", access);
        var verify = await curl.SendAsync(verifyRequest, Ct);

        var signIn = await curl.PostAsync("/api/v1/auth/signin/", Json("""
            {"login": "user@example.com", "password": "secure_password", "captcha": "recaptcha_response"}
            """), Ct);

        var refreshRequest = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/custom-refresh/");
        refreshRequest.Headers.Add("Cookie", $"refresh_token={signIn.CookieValue("refresh_token")}");
        var refresh = await curl.SendAsync(refreshRequest, Ct);

        var logout = await curl.PostAsync("/api/v1/auth/custom-logout/", null, Ct);

        Assert.Equal(HttpStatusCode.Created, signUp.StatusCode);
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");
}
