using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Rememberizer.Contract.MockServer.Hosting;
using Rememberizer.Contract.MockServer.Proxy;
using Rememberizer.Contract.MockServer.Terminal;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Proxy;

/// <summary>
/// <c>rememberizer-mock proxy</c> in the test's process on a loopback port, its terminal recorded, with a client that
/// keeps no cookies and decompresses nothing (so a test sees the bytes the proxy sent).
/// </summary>
public sealed class RunningProxy : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningProxy(WebApplication app, Uri root, TerminalRecorder terminal)
    {
        _app = app;
        Root = root;
        Terminal = terminal;
        Client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false })
        {
            BaseAddress = root,
        };
    }

    public Uri Root { get; }

    public HttpClient Client { get; }

    public TerminalRecorder Terminal { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<RunningProxy> StartAsync(ProxyArguments arguments, params string[] settings)
    {
        var terminal = new TerminalRecorder();
        var app = MockServerHost.Build(
            [.. settings, "--urls=http://127.0.0.1:0", "--MockServer:Quiet=true"],
            new TerminalOutput(terminal, Colour: false),
            proxy: arguments);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningProxy(app, new Uri(address), terminal);
    }

    /// <summary>The drift report, as <c>GET /_mock/drift</c> answers it.</summary>
    public async Task<JsonElement> DriftAsync()
    {
        using var response = await Client.GetAsync("/_mock/drift", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
    }

    public static IReadOnlyList<(string Kind, string Where, string Path, int Status, long Count)> Drifts(JsonElement report) =>
        [.. report.GetProperty("drifts").EnumerateArray().Select(d => (
            d.GetProperty("kind").GetString()!,
            d.GetProperty("where").GetString()!,
            d.GetProperty("path").GetString()!,
            d.GetProperty("status").GetInt32(),
            d.GetProperty("count").GetInt64()))];

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
