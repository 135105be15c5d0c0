using System.Net;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Auth;

public sealed class CorsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpRequestMessage Preflight(string origin, string path = "/api/v1/auth/signin/")
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization, content-type, x-api-key");
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    [Fact]
    public async Task PreflightFromALocalDevServerIsAllowedWithCredentials()
    {
        await using var app = new MockServerApp();

        var response = await app.CreateBareClient().SendAsync(Preflight("http://localhost:5173"), Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("http://localhost:5173", Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("true", Header(response, "Access-Control-Allow-Credentials"));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"));
        var allowedHeaders = Header(response, "Access-Control-Allow-Headers")!.ToLowerInvariant();
        Assert.Contains("authorization", allowedHeaders);
        Assert.Contains("content-type", allowedHeaders);
        Assert.Contains("x-api-key", allowedHeaders);
    }

    [Fact]
    public async Task CredentialedResponseEchoesTheOriginNeverAStar()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/account/");
        request.Headers.Add("Origin", "http://127.0.0.1:3000");

        var response = await browser.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://127.0.0.1:3000", Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("true", Header(response, "Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task ForeignOriginGetsNoCorsHeaders()
    {
        await using var app = new MockServerApp();

        var response = await app.CreateBareClient().SendAsync(Preflight("https://evil.example"), Ct);

        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task ConfiguredOriginsReplaceTheLocalhostDefaults()
    {
        await using var app = new MockServerApp().With("Cors:AllowedOrigins:0", "https://app.example.com");
        var client = app.CreateBareClient();

        var configured = await client.SendAsync(Preflight("https://app.example.com"), Ct);
        var localhost = await client.SendAsync(Preflight("http://localhost:5173"), Ct);

        Assert.Equal("https://app.example.com", Header(configured, "Access-Control-Allow-Origin"));
        Assert.Null(Header(localhost, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task ErrorResponsesCarryCorsHeadersSoTheAppCanReadThem()
    {
        await using var app = new MockServerApp();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/account/");
        request.Headers.Add("Origin", "http://localhost:5173");

        var response = await app.CreateBareClient().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("http://localhost:5173", Header(response, "Access-Control-Allow-Origin"));
    }
}
