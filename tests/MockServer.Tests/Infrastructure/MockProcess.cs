using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Threading.Channels;

namespace Rememberizer.Contract.MockServer.Tests.Infrastructure;

/// <summary>
/// The mock as a user runs it: a separate process (the built program, or <c>dotnet run</c>), its output read line
/// by line so a test waits for what it expects, and Unix signals sent the way a terminal or a supervisor sends them.
/// </summary>
public sealed partial class MockProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _stdout = Channel.CreateUnbounded<string>();
    private readonly List<string> _stdoutSeen = [];
    private readonly List<string> _stderr = [];

    private MockProcess(ProcessStartInfo start)
    {
        // A pipe the test holds, as a test runner holds the one it starts the mock with (see CloseInput).
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _stdout.Writer.TryComplete();
                return;
            }

            lock (_stdoutSeen)
            {
                _stdoutSeen.Add(e.Data);
            }

            _stdout.Writer.TryWrite(e.Data);
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_stderr)
                {
                    _stderr.Add(e.Data);
                }
            }
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public IReadOnlyList<string> Stdout
    {
        get
        {
            lock (_stdoutSeen)
            {
                return [.. _stdoutSeen];
            }
        }
    }

    public IReadOnlyList<string> Stderr
    {
        get
        {
            lock (_stderr)
            {
                return [.. _stderr];
            }
        }
    }

    /// <summary>The built program, run with the .NET host as the tool and the npm binary run it.</summary>
    public static MockProcess Program(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(RepositoryFiles.MockServerAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new MockProcess(start);
    }

    /// <summary>
    /// An installed command (the .NET tool, the npm launcher) with exactly the environment given: nothing of this
    /// process's environment reaches it, so a test decides what is on its PATH.
    /// </summary>
    public static MockProcess Installed(string command, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = Path.GetTempPath() };
        start.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new MockProcess(start);
    }

    /// <summary>
    /// <c>dotnet run</c> in a process group of its own with SIGINT at its default disposition, as in a terminal: a
    /// shell running a command in the background makes it ignore SIGINT, which is not what a user at a terminal has.
    /// </summary>
    public static MockProcess DotnetRun(params string[] args)
    {
        var start = new ProcessStartInfo("setsid") { WorkingDirectory = RepositoryFiles.Root };
        foreach (var arg in (string[])["env", "--default-signal=INT", "dotnet", "run", "--no-build", "-c", RepositoryFiles.Configuration, "--project", "src/MockServer", "--", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        return new MockProcess(start);
    }

    /// <summary>Waits for the start-up line and returns the API's base address.</summary>
    public async Task<Uri> ListeningAsync()
    {
        var line = await NextLineAsync(l => l.Contains("listening on ", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        return new Uri(ListeningOn().Match(line).Groups[1].Value + "/api/v1/");
    }

    public async Task<string> NextLineAsync(Func<string, bool> match, TimeSpan? timeout = null)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(timeout ?? TimeSpan.FromSeconds(15));
        await foreach (var line in _stdout.Reader.ReadAllAsync(cancel.Token))
        {
            if (match(line))
            {
                return line;
            }
        }

        throw new InvalidOperationException($"The process ended without the expected line; stderr: {string.Join(" | ", Stderr)}");
    }

    /// <summary>Closes the process's standard input, as the system does when the program that started it ends.</summary>
    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>Sends a signal to the process, or with <paramref name="group"/> to its whole process group (Ctrl-C).</summary>
    public async Task SignalAsync(string signal, bool group = false)
    {
        using var kill = Process.Start("kill", ["-" + signal, "--", group ? $"-{Id}" : $"{Id}"]);
        await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>The exit code, once the process has ended and its output is read to the end.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan? timeout = null)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(timeout ?? TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"listening on (http://\S+?)/api/v1")]
    private static partial Regex ListeningOn();
}
