using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Rememberizer.Contract.MockServer.Proxy;
using Rememberizer.Contract.MockServer.Proxy.Forwarding;

namespace Rememberizer.Contract.MockServer.Tests.Proxy;

/// <summary>
/// <c>proxy</c> forwards: the upstream gets the request as the client sent it (but the hop-by-hop headers and
/// <c>Host</c>) and the client gets the upstream's answer unchanged, bytes, headers and cookies (their Domain removed);
/// an upstream that cannot answer is a DRF-shaped 502 or 504.
/// </summary>
public sealed class ProxyForwardingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheUpstreamGetsTheRequestAsSentAndTheClientGetsTheAnswerByteForByte()
    {
        var compressed = Gzip("""{"count":0,"next":null,"previous":null,"results":[]}""");
        SeenRequest? seen = null;
        await using var upstream = await StubUpstream.StartAsync(app => app.Map("/api/v1/documents/", async context =>
        {
            seen = await SeenRequest.ReadAsync(context);
            context.Response.Headers["X-Upstream"] = "yes";
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(compressed, context.RequestAborted);
        }));
        await using var proxy = await RunningProxy.StartAsync(new ProxyArguments(upstream.Root));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/documents/?page=2&page_size=&n=5.0");
        request.Headers.Add("X-Custom", "kept");
        request.Headers.Add("Accept-Encoding", "gzip");
        using var response = await proxy.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(compressed, await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("yes", Assert.Single(response.Headers.GetValues("X-Upstream")));
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));

        Assert.NotNull(seen);
        Assert.Equal("GET", seen.Method);
        Assert.Equal("?page=2&page_size=&n=5.0", seen.Query); // no leniency: the query as the client wrote it
        Assert.Equal("kept", seen.Headers["X-Custom"]);
        Assert.Equal(upstream.Root.Authority, seen.Headers["Host"]);
    }

    [Fact]
    public async Task ABodyGoesUpstreamUnchangedAndItsAnswerStatusComesBack()
    {
        SeenRequest? seen = null;
        await using var upstream = await StubUpstream.StartAsync(app => app.MapPost("/api/v1/documents/memorize/", async context =>
        {
            seen = await SeenRequest.ReadAsync(context);
            context.Response.StatusCode = 201;
        }));
        await using var proxy = await RunningProxy.StartAsync(new ProxyArguments(upstream.Root));

        const string body = """{ "name" : "Plan", "content":"ünïcode \u2014 kept"}""";
        using var response = await proxy.Client.PostAsync("/api/v1/documents/memorize/", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(body, seen?.Body);
        Assert.StartsWith("application/json", seen?.Headers["Content-Type"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChunkedBodyLargerThanTheChecksKeepGoesUpstreamWholeAndAnEmptyErrorStaysEmpty()
    {
        long received = -1;
        await using var upstream = await StubUpstream.StartAsync(app => app.MapPost("/api/v1/documents/memorize/", async context =>
        {
            using var sink = new MemoryStream();
            await context.Request.Body.CopyToAsync(sink, context.RequestAborted);
            received = sink.Length;
            context.Response.StatusCode = 404; // and no body at all
        }));
        await using var proxy = await RunningProxy.StartAsync(new ProxyArguments(upstream.Root));
        var large = $$"""{"name":"Big","content":"{{new string('x', ForwardingStage.CheckedBodyLimit + 10)}}"}""";

        // No Content-Length: HttpClient sends a stream of unknown length chunked.
        using var content = new StreamContent(new ChunkedOnly(Encoding.UTF8.GetBytes(large)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await proxy.Client.PostAsync("/api/v1/documents/memorize/", content, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(Encoding.UTF8.GetByteCount(large), received);
    }

    [Fact]
    public async Task EverySetCookieComesBackWithoutItsDomainSoABrowserOnLocalhostKeepsTheSession()
    {
        await using var upstream = await StubUpstream.StartAsync(app => app.MapPost("/api/v1/auth/signin/", context =>
        {
            context.Response.Headers.Append("Set-Cookie", "access_token=abc; Domain=.rememberizer.ai; Path=/; HttpOnly; SameSite=Lax");
            context.Response.Headers.Append("Set-Cookie", "refresh_token=def; path=/api/v1/auth/; domain=api.rememberizer.ai; HttpOnly");
            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        }));
        await using var proxy = await RunningProxy.StartAsync(new ProxyArguments(upstream.Root));

        using var response = await proxy.Client.PostAsync("/api/v1/auth/signin/", new StringContent("{}", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(
            ["access_token=abc; Path=/; HttpOnly; SameSite=Lax", "refresh_token=def; path=/api/v1/auth/; HttpOnly"],
            response.Headers.GetValues("Set-Cookie").ToArray());
    }

    [Fact]
    public async Task AnUnreachableUpstreamIsA502InDrfsShapeAndALine()
    {
        // A port that was free a moment ago: nothing listens there.
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        await using var proxy = await RunningProxy.StartAsync(new ProxyArguments(new Uri($"http://127.0.0.1:{port}")));

        using var response = await proxy.Client.GetAsync("/api/v1/account/", Ct);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("detail").GetString();
        Assert.Contains($"127.0.0.1:{port}/api/v1 could not be reached", detail, StringComparison.Ordinal);
        var line = await proxy.Terminal.NextLineAsync(l => l.Contains("upstream", StringComparison.Ordinal));
        Assert.Contains("GET /api/v1/account/ answered 502", line, StringComparison.Ordinal);
        Assert.Equal(0, (await proxy.DriftAsync()).GetProperty("exchanges").GetInt64()); // the proxy's own answer is no exchange
    }

    [Fact]
    public async Task AnUpstreamSilentPastTheTimeoutIsA504()
    {
        var never = new TaskCompletionSource();
        await using var upstream = await StubUpstream.StartAsync(app => app.Map("/api/v1/account/", async context => await never.Task.WaitAsync(context.RequestAborted)));
        await using var proxy = await RunningProxy.StartAsync(new ProxyArguments(upstream.Root) { Timeout = TimeSpan.FromSeconds(1) });

        using var response = await proxy.Client.GetAsync("/api/v1/account/", Ct);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Contains("did not answer within 1 seconds", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesAndTheControlApiStayTheMocksOwn()
    {
        await using var upstream = await StubUpstream.StartAsync(_ => { });
        await using var proxy = await RunningProxy.StartAsync(new ProxyArguments(upstream.Root));

        using var health = await proxy.Client.GetAsync("/_mock/health", Ct);
        using var dashboard = await proxy.Client.GetAsync("/_mock/", Ct);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    /// <summary>A body whose length the client cannot know in advance.</summary>
    private sealed class ChunkedOnly(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    private sealed record SeenRequest(string Method, string Query, Dictionary<string, string> Headers, string Body)
    {
        public static async Task<SeenRequest> ReadAsync(HttpContext context)
        {
            using var reader = new StreamReader(context.Request.Body);
            return new(
                context.Request.Method,
                context.Request.QueryString.Value ?? "",
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                await reader.ReadToEndAsync(context.RequestAborted));
        }
    }
}
