using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Rememberizer.Contract.Pact.Tests.Ffi;

/// <summary>
/// A slim, silent Kestrel app on a loopback port the OS picks: the test doubles pact_ffi must reach over TCP
/// (a provider, a broker) map their routes on <see cref="App"/>, then start it.
/// </summary>
internal sealed class LoopbackApp : IAsyncDisposable
{
    public LoopbackApp()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        App = builder.Build();
    }

    public WebApplication App { get; }

    /// <summary>The address it listens on, once started.</summary>
    public Uri BaseUri { get; private set; } = null!;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await App.StartAsync(cancellationToken);
        BaseUri = new Uri(App.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
    }
}
