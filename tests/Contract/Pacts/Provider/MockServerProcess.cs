using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Rememberizer.Contract.Tests.Pacts.Provider;

/// <summary>
/// The mock started as its own process, the way a developer or CI runs it, on an ephemeral loopback port read
/// from its start-up line. Killed on dispose.
/// </summary>
public sealed partial class MockServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private MockServerProcess(Process process, Uri baseUri)
    {
        _process = process;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public static async Task<MockServerProcess> StartAsync(CancellationToken cancellationToken)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, "Rememberizer.Contract.MockServer.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { assembly, "--urls", "http://127.0.0.1:0" },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the mock server process.");
        var announced = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is { } text && ListeningLine().Match(text) is { Success: true } match)
            {
                announced.TrySetResult(new Uri(match.Groups["root"].Value));
            }
        };
        process.Exited += (_, _) => announced.TrySetException(new InvalidOperationException($"The mock server exited with code {process.ExitCode}."));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            var root = await announced.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            return new MockServerProcess(process, root);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
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

    [GeneratedRegex(@"listening on (?<root>https?://[^/\s]+)/api/v1")]
    private static partial Regex ListeningLine();
}
