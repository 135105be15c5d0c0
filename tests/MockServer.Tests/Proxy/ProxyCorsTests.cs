using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Rememberizer.Contract.MockServer.Proxy;

namespace Rememberizer.Contract.MockServer.Tests.Proxy;

/// <summary>
/// A web app on another origin calls the proxy as it calls <c>serve</c>: the proxy answers CORS with the mock's policy
/// (a preflight here, never forwarded; the upstream's own <c>Access-Control-*</c> headers replaced), so only the
/// base URL changes between the mock and the real API seen through the proxy.
/// </summary>
public sealed class ProxyCorsTests
{
    private const string App = "http://localhost:5173";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APreflightFromAnAllowedOriginIsAnsweredByTheProxyAndNeverForwarded()
    {
        var forwarded = 0;
        await using var upstream = await StubUpstream.StartAsync(app => app.Map("/api/v1/documents/memorize/", context =>
        {
            Interlocked.Increment(ref forwarded);
            return Task.CompletedTask;
        }));
        await using var proxy = await RunningProxy.StartAsync(new ProxyArguments(upstream.Root));

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/documents/memorize/");
        preflight.Headers.Add("Origin", App);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");
        using var response = await proxy.Client.SendAsync(preflight, Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(App, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal("true", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Credentials")));
        Assert.Contains("POST", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.Contains("x-api-key", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, forwarded);
    }

    [Fact]
    public async Task TheAnswerCarriesTheProxysCorsHeadersInsteadOfTheUpstreams()
    {
        var originsSeen = new System.Collections.Concurrent.ConcurrentQueue<string?>();
        await using var upstream = await StubUpstream.StartAsync(app => app.Map("/api/v1/account/", async context =>
        {
            originsSeen.Enqueue(context.Request.Headers.Origin);
            context.Response.Headers.AccessControlAllowOrigin = "https://rememberizer.ai";
            context.Response.Headers.AccessControlAllowCredentials = "true";
            context.Response.Headers.AccessControlExposeHeaders = "X-Upstream-Only";
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"id":1}""", context.RequestAborted);
        }));
        await using var proxy = await RunningProxy.StartAsync(new ProxyArguments(upstream.Root));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/account/");
        request.Headers.Add("Origin", App);
        using var response = await proxy.Client.SendAsync(request, Ct);
        using var stranger = new HttpRequestMessage(HttpMethod.Get, "/api/v1/account/");
        stranger.Headers.Add("Origin", "https://elsewhere.example");
        using var refused = await proxy.Client.SendAsync(stranger, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"id":1}""", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(App, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal("true", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Credentials")));
        Assert.DoesNotContain("X-Upstream-Only", response.Headers.TryGetValues("Access-Control-Expose-Headers", out var exposed) ? string.Join(',', exposed) : "", StringComparison.Ordinal);
        Assert.Equal([App, "https://elsewhere.example"], originsSeen); // the requests go upstream unchanged

        // An origin the mock's policy does not admit gets no CORS headers at all, the upstream's included.
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
