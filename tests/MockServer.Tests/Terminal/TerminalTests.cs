using System.Net.Http.Json;
using System.Text;
using Rememberizer.Contract.MockServer.Http.Log;
using Rememberizer.Contract.MockServer.Terminal;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Tests.Terminal;

/// <summary>The terminal's lines: one per request (control API included), the codes e-mails carry, colour only when asked.</summary>
public sealed class TerminalTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EachRequestPrintsOneLineWithItsContractViolations()
    {
        await using var app = new MockServerApp();
        var client = app.CreateBareClient();

        await client.GetAsync("/_mock/health", Ct);
        await client.GetAsync("/api/v1/documents/?page=2", Ct);
        await client.PostAsJsonAsync("/api/v1/auth/signup/", new { email = "x", password = "secure_password", name = "X", captcha = "ok" }, Ct);

        Assert.Matches(@"GET +/_mock/health 200 [\d.]+ ms$", await app.Terminal.NextLineAsync(l => l.Contains("/_mock/health", StringComparison.Ordinal)));
        Assert.Matches(@"GET +/api/v1/documents/\?page=2 401 [\d.]+ ms$", await app.Terminal.NextLineAsync(l => l.Contains("/documents/", StringComparison.Ordinal)));
        Assert.EndsWith("contract: body email: Enter a valid email address.", await app.Terminal.NextLineAsync(l => l.Contains("signup", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDashboardsPollingPrintsNoLine()
    {
        await using var app = new MockServerApp();
        var client = app.CreateBareClient();
        using var poll = new HttpRequestMessage(HttpMethod.Get, "/_mock/users");
        poll.Headers.Add(TerminalStage.PollHeader, "1");

        Assert.True((await client.SendAsync(poll, Ct)).IsSuccessStatusCode);
        await client.GetAsync("/_mock/users?limit=5", Ct);

        Assert.EndsWith("/_mock/users?limit=5 200", RemoveDuration(await app.Terminal.NextLineAsync(l => l.Contains("/_mock/users", StringComparison.Ordinal))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignUpPrintsTheVerificationCode()
    {
        await using var app = new MockServerApp();

        await app.CreateBareClient().PostAsJsonAsync("/api/v1/auth/signup/", new { email = "grace@example.com", password = "secure_password", name = "Grace", captcha = "ok" }, Ct);

        var line = await app.Terminal.NextLineAsync(l => l.Contains("to grace@example.com", StringComparison.Ordinal));
        Assert.EndsWith($"to grace@example.com: Your Rememberizer verification code: {await app.LatestCodeAsync("grace@example.com")}", line, StringComparison.Ordinal);
    }

    private static string RemoveDuration(string line) => System.Text.RegularExpressions.Regex.Replace(line, @" [\d.]+ ms$", "");

    [Fact]
    public void ColourIsOnlyWrittenWhenTheOutputIsATerminal()
    {
        var line = new RequestLine(DateTimeOffset.Now, "GET", "/api/v1/account/", 503, null, 1.25, [new Violation(ViolationLocation.ResponseBody, "id", ViolationKind.Required, "This field is required.")], []);
        var plain = new StringWriter();
        var coloured = new StringWriter();

        line.Write(plain, Palette.Plain);
        line.Write(coloured, Palette.Ansi);

        Assert.DoesNotContain('\e', plain.ToString());
        Assert.EndsWith("GET    /api/v1/account/ 503 1.3 ms  contract: response body id: This field is required.", plain.ToString().TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("\e[31m503\e[0m", coloured.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheTerminalCannotKeepUpLinesAreLeftOutAndCounted()
    {
        var writer = new StalledWriter();
        await using var terminal = new TerminalLog(new TerminalOutput(writer, Colour: false));

        terminal.Write(new TextLine("first"));
        await writer.Stalled.Task.WaitAsync(Ct);
        for (var i = 0; i < TerminalLog.Capacity + 3; i++)
        {
            terminal.Write(new TextLine($"line {i}"));
        }

        writer.Release.SetResult();
        await terminal.StopAsync(Ct);

        Assert.Contains("(3 lines left out: the terminal could not keep up)", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains($"line {TerminalLog.Capacity - 1}", writer.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain($"line {TerminalLog.Capacity}\n", writer.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A terminal that stops at the first line until released, like a paused or slow console.</summary>
    private sealed class StalledWriter : StringWriter
    {
        public TaskCompletionSource Stalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override Encoding Encoding => Encoding.UTF8;

        public override void WriteLine(string? value)
        {
            if (!Stalled.Task.IsCompleted)
            {
                Stalled.SetResult();
                Release.Task.Wait();
            }

            base.WriteLine(value);
        }
    }
}
