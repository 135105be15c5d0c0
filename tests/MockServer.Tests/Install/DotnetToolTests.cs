using System.Net;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Install;

/// <summary>
/// <c>dotnet tool install --add-source DIR Rememberizer.Contract.Mock</c>, then <c>rememberizer-mock</c>: the
/// command answers its version and serves the API, and stops cleanly on SIGTERM.
/// </summary>
public sealed class DotnetToolTests(DotnetToolInstall tool) : IClassFixture<DotnetToolInstall>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheInstalledToolPrintsTheProductVersion()
    {
        var run = (await CommandRun.RunAsync(tool.Command, ["--version"], Path.GetTempPath(), tool.Environment)).Succeeded();

        Assert.Equal(ProductVersion.Current, run.Stdout.Trim());
    }

    [Fact]
    public async Task TheInstalledToolServesTheApiAndStopsOnSigterm()
    {
        await using var mock = MockProcess.Installed(tool.Command, tool.Environment, "--port", "0");
        var api = await mock.ListeningAsync();
        using var client = new HttpClient { BaseAddress = api };

        var health = await client.GetAsync(new Uri(api, "/_mock/health"), Ct);
        var account = await client.GetAsync("account/", Ct);
        await mock.SignalAsync("TERM");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, account.StatusCode);
        Assert.Equal(0, await mock.ExitCodeAsync());
        Assert.Empty(mock.Stderr);
    }
}
