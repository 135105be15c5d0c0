using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Auth;

public sealed class OAuthTokenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CodeExchangesForTokensThatWorkAsBearer()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await app.ExchangeAsync(await browser.AuthorizeAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tokens = await response.Content.ReadFromJsonAsync<OAuthTokenResponse>(Ct);
        Assert.Equal("Bearer", tokens!.Token_type);
        Assert.Equal(300, tokens.Expires_in);
        Assert.False(string.IsNullOrEmpty(tokens.Refresh_token));
        var client = app.CreateBareClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Access_token);
        Assert.Equal("ada@example.com", (await client.GetFromJsonAsync<Account>("/api/v1/account/", Ct))!.Email);
    }

    [Fact]
    public async Task WithoutOfflineAccessNoRefreshTokenIsIssued()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await app.ExchangeAsync(await browser.AuthorizeAsync(scope: "read"));

        Assert.Null((await response.Content.ReadFromJsonAsync<OAuthTokenResponse>(Ct))!.Refresh_token);
    }

    [Fact]
    public async Task CodeWorksOnceAndOnlyWithItsRedirectUri()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        var code = await browser.AuthorizeAsync();
        var other = await browser.AuthorizeAsync();

        var first = await app.ExchangeAsync(code);
        var replay = await app.ExchangeAsync(code);
        var wrongRedirect = await app.ExchangeAsync(other, "http://localhost:5000/elsewhere");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal("invalid_grant", (await replay.JsonAsync()).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, wrongRedirect.StatusCode);
    }

    [Fact]
    public async Task CodeExpiresAfterSixtySeconds()
    {
        await using var app = new MockServerApp();
        var code = await (await app.SignedInBrowserAsync()).AuthorizeAsync();

        await app.Clock.AdvanceAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.BadRequest, (await app.ExchangeAsync(code)).StatusCode);
    }

    [Fact]
    public async Task WrongClientSecretIs401InvalidClient()
    {
        await using var app = new MockServerApp();
        var code = await (await app.SignedInBrowserAsync()).AuthorizeAsync();

        var response = await app.TokenAsync(new()
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = SessionOAuthHelpers.Callback,
            ["client_secret"] = "guess",
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await response.JsonAsync()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task RefreshGrantRotatesTheRefreshToken()
    {
        await using var app = new MockServerApp();
        var issued = await (await app.ExchangeAsync(await (await app.SignedInBrowserAsync()).AuthorizeAsync()))
            .Content.ReadFromJsonAsync<OAuthTokenResponse>(Ct);

        var refreshed = await app.TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = issued!.Refresh_token! });
        var replayed = await app.TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = issued.Refresh_token! });

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.NotEqual(issued.Refresh_token, (await refreshed.Content.ReadFromJsonAsync<OAuthTokenResponse>(Ct))!.Refresh_token);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
    }

    [Fact]
    public async Task OAuthRefreshTokenIsNotAcceptedAsASessionCookie()
    {
        await using var app = new MockServerApp();
        var issued = await (await app.ExchangeAsync(await (await app.SignedInBrowserAsync()).AuthorizeAsync()))
            .Content.ReadFromJsonAsync<OAuthTokenResponse>(Ct);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/custom-refresh/");
        request.Headers.Add("Cookie", $"refresh_token={issued!.Refresh_token}");

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateBareClient().SendAsync(request, Ct)).StatusCode);
    }
}
