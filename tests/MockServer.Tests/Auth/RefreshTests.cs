using System.Net;
using System.Net.Http.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Auth;

public sealed class RefreshTests
{
    private const string Refresh = "/api/v1/auth/custom-refresh/";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Signs in without a cookie jar and returns the refresh token the response set.</summary>
    private static async Task<string> SignInForRefreshTokenAsync(MockServerApp app)
    {
        await app.CreateUserAsync();
        var response = await app.CreateBareClient().PostAsJsonAsync("/api/v1/auth/signin/",
            new { login = "ada@example.com", password = SessionHelpers.Password, captcha = SessionHelpers.Captcha }, Ct);
        return response.CookieValue("refresh_token");
    }

    private static Task<HttpResponseMessage> RefreshWithAsync(MockServerApp app, string? refreshToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Refresh);
        if (refreshToken is not null)
        {
            request.Headers.Add("Cookie", $"refresh_token={refreshToken}");
        }

        return app.CreateBareClient().SendAsync(request, Ct);
    }

    private static async Task AssertRejectedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"detail":"Token is invalid or expired","code":"token_not_valid"}""", await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("max-age=0", response.CookieAttributes("access_token"));
        Assert.Contains("max-age=0", response.CookieAttributes("refresh_token"));
        Assert.Contains("path=/api/v1/auth/", response.CookieAttributes("refresh_token"));
    }

    [Fact]
    public async Task RefreshRotatesBothCookies()
    {
        await using var app = new MockServerApp();
        var token = await SignInForRefreshTokenAsync(app);

        var response = await RefreshWithAsync(app, token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.NotEqual(token, response.CookieValue("refresh_token"));
        Assert.Contains("max-age=86400", response.CookieAttributes("refresh_token"));
        Assert.Contains("max-age=300", response.CookieAttributes("access_token"));
    }

    [Fact]
    public async Task MissingRefreshCookieIs401AndClearsBothCookies()
    {
        await using var app = new MockServerApp();

        await AssertRejectedAsync(await RefreshWithAsync(app, null));
    }

    [Fact]
    public async Task UnknownRefreshTokenIs401()
    {
        await using var app = new MockServerApp();

        await AssertRejectedAsync(await RefreshWithAsync(app, "not-a-token-we-issued"));
    }

    [Fact]
    public async Task RefreshTokenExpiresAfterOneDay()
    {
        await using var app = new MockServerApp();
        var token = await SignInForRefreshTokenAsync(app);

        await app.Clock.AdvanceAsync(TimeSpan.FromDays(1));

        await AssertRejectedAsync(await RefreshWithAsync(app, token));
    }

    [Fact]
    public async Task ReusingARotatedRefreshTokenRevokesTheWholeSession()
    {
        await using var app = new MockServerApp();
        var stolen = await SignInForRefreshTokenAsync(app);
        var rotated = await RefreshWithAsync(app, stolen);
        var current = rotated.CookieValue("refresh_token");
        var bearer = app.CreateBareClient();
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", rotated.CookieValue("access_token"));

        var replay = await RefreshWithAsync(app, stolen);

        await AssertRejectedAsync(replay);
        await AssertRejectedAsync(await RefreshWithAsync(app, current));
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/v1/account/", Ct)).StatusCode);
    }

    [Fact]
    public async Task TenParallelRefreshesWithOneTokenLetExactlyOneSucceed()
    {
        await using var app = new MockServerApp();
        var token = await SignInForRefreshTokenAsync(app);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => RefreshWithAsync(app, token)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.NoContent);
        Assert.Equal(9, responses.Count(r => r.StatusCode == HttpStatusCode.Unauthorized));
    }
}
