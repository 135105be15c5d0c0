using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Proxy;

/// <summary>
/// The proxy as CI runs it, in its own process: the start-up line names the upstream, a line per new drift, and on
/// SIGTERM the report file is written and <c>--fail-on-drift</c> decides the exit code.
/// </summary>
public sealed class ProxyProcessTests : IDisposable
{
    private readonly string _report = Path.Combine(Path.GetTempPath(), $"drift-{Guid.NewGuid():N}.json");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DriftSeenWritesTheReportAndFailsTheRun()
    {
        await using var upstream = await StubUpstream.StartAsync(app => app.MapGet("/api/v1/account/", () => Results.Json(new { id = 1, email = "a@example.com", name = "A", plan = "pro" })));
        await using var proxy = MockProcess.Program("proxy", "--upstream", upstream.Root.ToString(), "--port", "0", "--quiet", "--report", _report, "--fail-on-drift");
        var api = await proxy.ListeningAsync();
        Assert.Contains($"forwarding to {upstream.Root.GetLeftPart(UriPartial.Authority)}/api/v1", proxy.Stdout[0], StringComparison.Ordinal);
        using var client = new HttpClient { BaseAddress = api };

        using var response = await client.GetAsync("account/", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(@"drift +GET /api/v1/account/ 200 undeclared_field /plan: ", await proxy.NextLineAsync(l => l.Contains("drift", StringComparison.Ordinal)));
        await proxy.SignalAsync("TERM");

        Assert.Equal(1, await proxy.ExitCodeAsync());
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(_report, Ct));
        Assert.Equal(1, report.RootElement.GetProperty("exchanges").GetInt64());
        var drift = Assert.Single(report.RootElement.GetProperty("drifts").EnumerateArray());
        Assert.Equal("/plan", drift.GetProperty("where").GetString());
        Assert.Empty(proxy.Stderr);
    }

    [Fact]
    public async Task NoDriftEndsWithExitCode0()
    {
        await using var upstream = await StubUpstream.StartAsync(app => app.MapGet("/api/v1/account/", () => Results.Json(new { id = 1, email = "a@example.com", name = "A" })));
        await using var proxy = MockProcess.Program("proxy", "--upstream", upstream.Root.ToString(), "--port", "0", "--quiet", "--report", _report, "--fail-on-drift");
        using var client = new HttpClient { BaseAddress = await proxy.ListeningAsync() };

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("account/", Ct)).StatusCode);
        await proxy.SignalAsync("TERM");

        Assert.Equal(0, await proxy.ExitCodeAsync());
        Assert.Contains("\"drifts\": []", await File.ReadAllTextAsync(_report, Ct), StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_report);
}
