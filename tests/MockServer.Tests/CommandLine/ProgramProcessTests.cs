using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.CommandLine;

/// <summary>
/// The program as a user runs it, in its own process: a free port printed, a line per request and per e-mail,
/// quiet mode, a clean stop on SIGTERM, and start-up failures told in one line on stderr.
/// </summary>
public sealed class ProgramProcessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PortZeroPrintsTheAddressThenALinePerRequestAndTheCodeOfEachEmail()
    {
        await using var mock = MockProcess.Program("--port", "0");
        var api = await mock.ListeningAsync();
        using var client = new HttpClient { BaseAddress = api };
        var root = api.GetLeftPart(UriPartial.Authority);
        Assert.StartsWith($"  API reference  {root}/docs/", await mock.NextLineAsync(l => l.Contains("API reference", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.StartsWith($"  dashboard      {root}/_mock/", await mock.NextLineAsync(l => l.Contains("dashboard", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal("  passwords      PBKDF2-SHA256, 1 round, cheaper than production (1,000,000: --Auth:PasswordHashIterations=1000000)",
            await mock.NextLineAsync(l => l.Contains("passwords", StringComparison.Ordinal)));

        var health = await client.GetAsync(new Uri(api, "/_mock/health"), Ct);
        var signup = await client.PostAsJsonAsync("auth/signup/", new { email = "cli@example.com", password = "secure_password", name = "Cli", captcha = "ok" }, Ct);
        var invalid = await client.PostAsJsonAsync("auth/signup/", new { email = "not-an-address" }, Ct);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.Created, signup.StatusCode);
        Assert.Matches(@"^\d\d:\d\d:\d\d GET +/_mock/health 200 [\d.]+ ms$", await mock.NextLineAsync(l => l.Contains("/_mock/health", StringComparison.Ordinal)));
        Assert.Matches(@"mail +to cli@example\.com: .*verification code: \d{6}$", await mock.NextLineAsync(l => l.Contains("to cli@example.com", StringComparison.Ordinal)));
        Assert.Matches(@"POST +/api/v1/auth/signup/ 201 ", await mock.NextLineAsync(l => l.Contains("signup", StringComparison.Ordinal)));
        Assert.Matches(@"POST +/api/v1/auth/signup/ 400 [\d.]+ ms  contract: body email: Enter a valid email address\.", await mock.NextLineAsync(l => l.Contains("signup", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);

        await mock.SignalAsync("TERM");
        Assert.Equal(0, await mock.ExitCodeAsync());
        Assert.Contains("Stopping the Rememberizer mock server.", mock.Stdout);
    }

    [Fact]
    public async Task QuietKeepsOnlyTheStartUpLine()
    {
        await using var mock = MockProcess.Program("--port", "0", "--quiet");
        var api = await mock.ListeningAsync();
        using var client = new HttpClient { BaseAddress = api };

        var signup = await client.PostAsJsonAsync("auth/signup/", new { email = "quiet@example.com", password = "secure_password", name = "Q", captcha = "ok" }, Ct);
        await mock.SignalAsync("TERM");

        Assert.Equal(HttpStatusCode.Created, signup.StatusCode);
        Assert.Equal(0, await mock.ExitCodeAsync());
        var line = Assert.Single(mock.Stdout);
        Assert.Matches(@"^Rememberizer mock server listening on http://127\.0\.0\.1:\d+/api/v1 \(data seed 20240101; vector store vs_\w+, x-api-key \w+", line);
        Assert.Empty(mock.Stderr);
    }

    [Fact]
    public async Task ABusyPortEndsInOneLineOnStderrAndExitCode1()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;

        await using var mock = MockProcess.Program("--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, await mock.ExitCodeAsync());
        var line = Assert.Single(mock.Stderr);
        Assert.Contains($"127.0.0.1:{port}: address already in use", line, StringComparison.Ordinal);
        Assert.DoesNotContain(mock.Stdout, l => l.Contains("   at ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Unrecognized command or argument '--verbose'", "--verbose", "--port", "5001")]
    [InlineData("unknown setting 'AccessTokenLifetme'", "--Auth:AccessTokenLifetme=00:01:00", "--port", "0")]
    [InlineData("'abc' at 'Auth:AccessTokenLifetime'", "--Auth:AccessTokenLifetime=abc", "--port", "0")]
    public async Task AMistakeEndsInOneLineOnStderrAndExitCode2(string named, params string[] args)
    {
        await using var mock = MockProcess.Program(args);

        Assert.Equal(2, await mock.ExitCodeAsync());
        var line = Assert.Single(mock.Stderr);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.Empty(mock.Stdout);
    }
}
