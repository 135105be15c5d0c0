using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Rememberizer.Contract.MockServer.Terminal;
using Rememberizer.Contract.MockServer.Verify;
using Rememberizer.Contract.Pact;

namespace Rememberizer.Contract.MockServer.Hosting;

/// <summary>
/// The mock in this process on a free loopback port, silent, with its provider-state hook
/// (<c>POST /_mock/provider-states</c>) setting each interaction's states up and resetting the fake after it.
/// </summary>
public sealed class InProcessMock : IVerificationTarget
{
    private readonly WebApplication _app;

    private InProcessMock(WebApplication app, Uri root)
    {
        _app = app;
        ProviderRoot = root;
    }

    public Uri ProviderRoot { get; }

    public Uri ProviderStatesUri => new(ProviderRoot, "/_mock/provider-states");

    public string Description => $"the mock in this process at {ProviderRoot.GetLeftPart(UriPartial.Authority)}";

    /// <summary>
    /// Starts the mock with <paramref name="settings"/>; the address and the control API are always its own. Without
    /// <paramref name="settingsFiles"/> the appsettings.json beside the program is not read (see <see cref="MockServerHost.Build"/>).
    /// </summary>
    /// <summary>How <c>verify</c> starts the mock it checks: here, with <paramref name="settings"/>.</summary>
    public static Func<CancellationToken, Task<IVerificationTarget>> Starter(IEnumerable<string> settings) =>
        async cancellationToken => await StartAsync(settings, cancellationToken);

    public static async Task<InProcessMock> StartAsync(IEnumerable<string> settings, CancellationToken cancellationToken = default, bool settingsFiles = true)
    {
        var app = MockServerHost.Build(
            [.. settings, "--urls=http://127.0.0.1:0", "--MockServer:Quiet=true", "--MockServer:ControlApiEnabled=true"],
            new TerminalOutput(TextWriter.Null, Colour: false),
            settingsFiles);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InProcessMock(app, new Uri(address));
    }

    public void Prepare(PactVerifier verifier) => verifier.WithProviderStateUrl(ProviderStatesUri, teardown: true);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
