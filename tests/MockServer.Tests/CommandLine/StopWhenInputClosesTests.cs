using System.Net;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.CommandLine;

/// <summary>
/// <c>--MockServer:StopWhenInputCloses=true</c>: the mock ends when the pipe its parent gave it as standard input is
/// closed, which is how it ends with a test runner that was killed; without the setting, a closed input changes nothing.
/// </summary>
public sealed class StopWhenInputClosesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheMockStopsCleanlyWhenItsInputCloses()
    {
        await using var mock = MockProcess.Program("--port", "0", "--quiet", "--MockServer:StopWhenInputCloses=true");
        var api = await mock.ListeningAsync();
        using var client = new HttpClient();
        var health = await client.GetAsync(new Uri(api, "/_mock/health"), Ct);

        mock.CloseInput();

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(0, await mock.ExitCodeAsync());
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri(api, "/_mock/health"), Ct));
    }

    [Fact]
    public async Task WithoutTheSettingAClosedInputLeavesTheMockServing()
    {
        await using var mock = MockProcess.Program("--port", "0", "--quiet");
        var api = await mock.ListeningAsync();
        using var client = new HttpClient();

        mock.CloseInput();
        // A request served after the close shows the mock kept running past it: the close is seen at once when the
        // setting is on (the test above), and the config names the setting as off.
        var config = await client.GetStringAsync(new Uri(api, "/_mock/config"), Ct);
        var health = await client.GetAsync(new Uri(api, "/_mock/health"), Ct);

        Assert.Contains("\"stop_when_input_closes\":false", config, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        await mock.SignalAsync("TERM");
        Assert.Equal(0, await mock.ExitCodeAsync());
    }
}
