using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Rememberizer.Contract.MockServer.Tests.Infrastructure;

/// <summary>
/// A redis-server of the tests' own on a free loopback port, nothing persisted, stopped with the tests. When the
/// machine has no redis-server (Debian: apt-get install redis-server), the tests that need it say so and skip.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;

    /// <summary>Why Redis cannot run here, or null when it runs.</summary>
    public string? SkipReason { get; private set; }

    public string Url { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        if (Executables.Find("redis-server", "/usr/bin", "/usr/sbin") is not { } redis)
        {
            SkipReason = "redis-server is not installed (Debian: apt-get install redis-server); the Redis state store is not tested here.";
            return;
        }

        var port = FreePort();
        _process = Process.Start(new ProcessStartInfo(redis, ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                ready.TrySetException(new InvalidOperationException("redis-server ended before it was ready."));
            }
            else if (line.Data.Contains("Ready to accept connections", StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Url = $"redis://127.0.0.1:{port}";
        await ready.Task.WaitAsync(TimeSpan.FromSeconds(20));
    }

    public void SkipUnlessRunning()
    {
        if (SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
