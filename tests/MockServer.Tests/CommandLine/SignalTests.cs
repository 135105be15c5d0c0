using System.Net;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.CommandLine;

/// <summary>
/// Stopping the mock started with <c>dotnet run</c>: Ctrl-C in a terminal sends SIGINT to the foreground process
/// group (the SDK and the mock alike); a supervisor sends SIGTERM to the process it started, which the SDK passes on.
/// Either way both processes end, cleanly.
/// </summary>
public sealed class SignalTests
{
    [Fact]
    public async Task CtrlCStopsTheMockThroughDotnetRun()
    {
        await using var run = MockProcess.DotnetRun("--port", "0");
        await AssertServesAsync(await run.ListeningAsync());

        await run.SignalAsync("INT", group: true);

        Assert.Equal(0, await run.ExitCodeAsync());
        Assert.Contains("Stopping the Rememberizer mock server.", run.Stdout);
    }

    [Fact]
    public async Task SigtermToDotnetRunStopsTheMock()
    {
        await using var run = MockProcess.DotnetRun("--port", "0");
        var api = await run.ListeningAsync();

        await run.SignalAsync("TERM");

        Assert.Equal(0, await run.ExitCodeAsync());
        Assert.Contains("Stopping the Rememberizer mock server.", run.Stdout);
        using var client = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri(api, "/_mock/health"), TestContext.Current.CancellationToken));
    }

    private static async Task AssertServesAsync(Uri api)
    {
        using var client = new HttpClient();
        var health = await client.GetAsync(new Uri(api, "/_mock/health"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
