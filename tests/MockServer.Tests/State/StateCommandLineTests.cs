using System.Net;
using System.Net.Sockets;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.State;

/// <summary>A store named wrongly, or one that cannot be reached, ends the start in one line on stderr.</summary>
public sealed class StateCommandLineTests
{
    [Fact]
    public async Task AStoreOfNoKnownFormIsAMistakeOnTheCommandLine()
    {
        await using var mock = MockProcess.Program("--port", "0", "--state", "postgres://db");

        Assert.Equal(2, await mock.ExitCodeAsync());
        var line = Assert.Single(mock.Stderr);
        Assert.Equal("rememberizer-mock: State:Store \"postgres://db\" is none of memory, sqlite:PATH or redis://HOST:PORT.", line);
    }

    [Fact]
    public async Task ARedisNobodyListensAtCannotStartTheMock()
    {
        using var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        await using var mock = MockProcess.Program("--port", "0", "--state", $"redis://127.0.0.1:{port}");

        Assert.Equal(1, await mock.ExitCodeAsync());
        var line = Assert.Single(mock.Stderr);
        Assert.StartsWith($"rememberizer-mock: Redis at 127.0.0.1:{port} cannot be reached", line, StringComparison.Ordinal);
    }
}
