using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Rememberizer.Contract.MockServer.Hosting;

namespace Rememberizer.Contract.Tests.Pacts.Provider;

/// <summary>
/// The mock server on real Kestrel at an ephemeral loopback port, in this process: the Pact verifier talks TCP,
/// so the in-memory test server will not do.
/// </summary>
public sealed class InProcessMockServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessMockServer(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public Uri ProviderStatesUri => new(BaseUri, "/_mock/provider-states");

    public static async Task<InProcessMockServer> StartAsync(params string[] settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ["--urls=http://127.0.0.1:0", "--MockServer:Quiet=true", .. settings],
            ApplicationName = typeof(MockServerHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddMockServer();
        var app = builder.Build();
        app.UseMockServer();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InProcessMockServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
