using System.Net;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Install;

/// <summary>
/// <c>startMock()</c> of the installed npm package, from Node.js scripts in an app that installed nothing but the
/// package tarballs: the whole sign-up flow through the API and the control API, <c>stop()</c> leaving no process
/// behind, a failed start told in the mock's own words, and a mock that ends with a parent killed by SIGKILL.
/// </summary>
[Collection(NpmPackages.Name)]
public sealed class NpmStartMockTests(NpmPackageInstall npm)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AScriptSignsUpReadsTheCodeFromTheMailboxVerifiesSignsInAndStopLeavesNoProcess()
    {
        SkipUnlessBuilt();
        var script = npm.Script("sign-up-flow.mjs", """
            import { startMock } from 'rememberizer-mock';

            const mock = await startMock({ port: 0, seed: 7 });
            const post = (path, body, headers = {}) => fetch(`${mock.apiUrl}/${path}`, {
              method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body),
            });

            const signUp = await post('auth/signup/', { email: 'node@example.com', password: 'secure_password', name: 'Node', captcha: 'ok' });
            const { access } = await signUp.json();
            const [message] = await mock.mailbox('node@example.com');
            const verify = await post('auth/verify-email/', { verification_code: message.code }, { authorization: `Bearer ${access}` });
            const signIn = await post('auth/signin/', { login: 'node@example.com', password: 'secure_password', captcha: 'ok' });
            const cookies = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
            const account = await (await fetch(`${mock.apiUrl}/account/`, { headers: { cookie: cookies } })).json();
            await mock.stop();

            console.log(JSON.stringify({
              pid: mock.pid, url: mock.url, apiUrl: mock.apiUrl, keys: mock.keys, code: message.code,
              statuses: [signUp.status, verify.status, signIn.status], account,
            }));
            """);

        var run = (await CommandRun.RunAsync("node", [script], npm.App, npm.Environment)).Succeeded();
        using var result = JsonDocument.Parse(run.Stdout);
        var root = result.RootElement;

        Assert.Equal([201, 200, 204], root.GetProperty("statuses").EnumerateArray().Select(s => s.GetInt32()));
        Assert.Matches(@"^\d{6}$", root.GetProperty("code").GetString());
        Assert.Equal("node@example.com", root.GetProperty("account").GetProperty("email").GetString());
        Assert.Matches(@"^http://127\.0\.0\.1:\d+$", root.GetProperty("url").GetString());
        Assert.Equal(root.GetProperty("url").GetString() + "/api/v1", root.GetProperty("apiUrl").GetString());
        Assert.Matches(@"^\w{20,}$", root.GetProperty("keys").GetProperty("vectorStore").GetString());
        Assert.Matches(@"^\w{20,}$", root.GetProperty("keys").GetProperty("commonKnowledge").GetString());
        Assert.False(IsRunning(root.GetProperty("pid").GetInt32()), "the mock's process is gone once stop() has resolved");
    }

    [Fact]
    public async Task TheControlMethodsCreateUsersMoveTheClockResetAndRejectBadInputNamingTheField()
    {
        SkipUnlessBuilt();
        var script = npm.Script("control.mjs", """
            import { startMock, connectMock } from 'rememberizer-mock';

            const mock = await startMock();
            const health = () => fetch(`${mock.url}/_mock/health`).then((r) => r.json());
            const before = await health();
            const user = await mock.createUser({ email: 'made@example.com', password: 'secure_password', name: 'Made' });
            const rejected = await mock.createUser({ email: 'short@example.com', password: 'short', name: 'Short' }).catch((e) => e);
            const withUser = await health();
            await mock.advanceClock(3600);
            const later = await health();
            const connected = await connectMock(mock.apiUrl);
            await connected.reset();
            const afterReset = await health();
            await Promise.all([mock.stop(), mock.stop()]);

            console.log(JSON.stringify({
              user, rejected: { status: rejected.status, body: JSON.parse(rejected.body) },
              clockMoved: (Date.parse(later.now) - Date.parse(withUser.now)) / 1000,
              users: [before.users, withUser.users, afterReset.users], sameKeys: connected.keys.vectorStore === mock.keys.vectorStore,
            }));
            """);

        var run = (await CommandRun.RunAsync("node", [script], npm.App, npm.Environment)).Succeeded();
        using var result = JsonDocument.Parse(run.Stdout);
        var root = result.RootElement;

        Assert.Equal("made@example.com", root.GetProperty("user").GetProperty("email").GetString());
        Assert.True(root.GetProperty("user").GetProperty("emailVerified").GetBoolean());
        Assert.Equal(400, root.GetProperty("rejected").GetProperty("status").GetInt32());
        Assert.True(root.GetProperty("rejected").GetProperty("body").TryGetProperty("password", out _), run.Stdout);
        Assert.InRange(root.GetProperty("clockMoved").GetDouble(), 3600, 3660);
        var users = root.GetProperty("users").EnumerateArray().Select(u => u.GetInt32()).ToList();
        Assert.Equal([users[0], users[0] + 1, users[0]], users);
        Assert.True(root.GetProperty("sameKeys").GetBoolean());
    }

    [Fact]
    public async Task CommonJsRequireGetsTheSameApiAndAFailedStartRejectsWithTheMocksOwnLine()
    {
        SkipUnlessBuilt();
        var script = npm.Script("failed-start.cjs", """
            const { startMock, connectMock } = require('rememberizer-mock');

            startMock({ args: ['--no-such-option'] }).then(
              () => console.log('started'),
              (error) => console.log(JSON.stringify({ message: error.message, exitCode: error.exitCode, connect: typeof connectMock })));
            """);

        var run = (await CommandRun.RunAsync("node", [script], npm.App, npm.Environment)).Succeeded();
        using var result = JsonDocument.Parse(run.Stdout);

        Assert.Matches(@"^rememberizer-mock: .*'--no-such-option'.* See --help\.$", result.RootElement.GetProperty("message").GetString());
        Assert.Equal(2, result.RootElement.GetProperty("exitCode").GetInt32());
        Assert.Equal("function", result.RootElement.GetProperty("connect").GetString());
    }

    [Fact]
    public async Task TheMockEndsWithAParentKilledBySigkill()
    {
        SkipUnlessBuilt();
        var script = npm.Script("killed-parent.mjs", """
            import { startMock } from 'rememberizer-mock';

            const mock = await startMock();
            console.log(`mock ${mock.pid} ${mock.url}`);
            setInterval(() => {}, 60_000); // a test runner that keeps running until it is killed
            """);
        await using var parent = MockProcess.Installed(Path.Combine(npm.Environment["PATH"], "node"), npm.Environment, script);
        var line = (await parent.NextLineAsync(l => l.StartsWith("mock ", StringComparison.Ordinal), TimeSpan.FromSeconds(60))).Split(' ');
        var (pid, url) = (int.Parse(line[1], System.Globalization.CultureInfo.InvariantCulture), new Uri(line[2]));
        using var client = new HttpClient();
        var health = await client.GetAsync(new Uri(url, "/_mock/health"), Ct);

        await parent.SignalAsync("KILL");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(137, await parent.ExitCodeAsync());
        await UntilEndedAsync(pid, TimeSpan.FromSeconds(30));
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri(url, "/_mock/health"), Ct));
    }

    // The orphaned mock is no child of the test, so its end is watched in /proc: gone, or a zombie nobody reaped yet.
    private static async Task UntilEndedAsync(int pid, TimeSpan timeout)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (IsRunning(pid))
        {
            Assert.True(waited.Elapsed < timeout, $"the mock (process {pid}) still runs {timeout.TotalSeconds} s after its parent was killed");
            await ticks.WaitForNextTickAsync(Ct);
        }
    }

    private static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        try
        {
            // The state follows the command's closing parenthesis: "1234 (name) S ...".
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)..] is not ['Z' or 'X', ..];
        }
        catch (Exception missing) when (missing is FileNotFoundException or DirectoryNotFoundException or IOException)
        {
            return false;
        }
    }

    private void SkipUnlessBuilt()
    {
        if (npm.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }
}
