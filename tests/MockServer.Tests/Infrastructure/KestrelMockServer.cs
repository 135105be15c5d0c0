using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Rememberizer.Contract.MockServer.Hosting;

namespace Rememberizer.Contract.MockServer.Tests.Infrastructure;

/// <summary>
/// The mock on real Kestrel at an ephemeral loopback port, for what only a socket shows (a reset connection, an
/// empty reply); everything else runs on the in-memory <see cref="MockServerApp"/>.
/// </summary>
public sealed class KestrelMockServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelMockServer(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public static async Task<KestrelMockServer> StartAsync(params string[] settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ["--urls=http://127.0.0.1:0", .. settings],
            ApplicationName = typeof(MockServerHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddMockServer();
        var app = builder.Build();
        app.UseMockServer();
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KestrelMockServer(app, new Uri(address));
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseUri };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
