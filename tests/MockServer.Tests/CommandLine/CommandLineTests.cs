using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using Rememberizer.Contract.MockServer.Hosting.CommandLine;

namespace Rememberizer.Contract.MockServer.Tests.CommandLine;

/// <summary>
/// The command line without a server: what <c>--help</c> and <c>--version</c> print, how mistakes end (one line,
/// exit 2, the server never started) and which settings reach the host.
/// </summary>
public sealed class CommandLineTests
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private string[]? _served;

    private int Run(params string[] args) => MockCommandLine.Run(args, settings => _served = settings, _output, _error);

    [Fact]
    public void HelpShowsUsageEveryOptionWithItsDefaultAndExamples()
    {
        Assert.Equal(0, Run("--help"));

        var help = _output.ToString();
        Assert.Contains("rememberizer-mock [command] [options]", help, StringComparison.Ordinal);
        Assert.Contains("verify", help, StringComparison.Ordinal);
        foreach (var option in (string[])["--port", "--urls", "--seed", "--quiet", "--version"])
        {
            Assert.Contains(option, help, StringComparison.Ordinal);
        }

        Assert.Contains("[default: 4010]", help, StringComparison.Ordinal);
        Assert.Contains("[default: 20240101]", help, StringComparison.Ordinal);
        Assert.Contains("Examples:", help, StringComparison.Ordinal);
        Assert.Contains("--Section:Key=value", help, StringComparison.Ordinal);
        Assert.Null(_served);
    }

    [Fact]
    public void VersionPrintsThePlainVersion()
    {
        Assert.Equal(0, Run("--version"));

        Assert.Matches(@"^\d+\.\d+\.\d+(-[\w.]+)?(\+\w+)?\r?\n$", _output.ToString());
        Assert.Null(_served);
    }

    [Theory]
    [InlineData("'--verbose'", "--verbose", "--port", "5001")]
    [InlineData("'abc' for option '--port'", "--port", "abc")]
    [InlineData("--port must be between 0 and 65535", "--port", "70000")]
    [InlineData("--port and --urls cannot be combined", "--port", "5001", "--urls", "http://127.0.0.1:5002")]
    [InlineData("'x' for option '--seed'", "--seed", "x")]
    public void AMistakeEndsInOneLineAndExitCode2(string named, params string[] args)
    {
        Assert.Equal(MockCommandLine.UsageError, Run(args));

        var line = Assert.Single(_error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("rememberizer-mock: ", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.Null(_served);
    }

    [Fact]
    public void OptionsBecomeSettingsAndSettingsPassThrough()
    {
        Assert.Equal(0, Run("--port", "0", "--seed", "7", "-q", "--Auth:AccessTokenLifetime=00:01:00", "--Data:IndexingDelaySeconds", "0", "--environment=Development", "--Auth="));

        Assert.Equal(
            ["--Auth:AccessTokenLifetime=00:01:00", "--Data:IndexingDelaySeconds=0", "--environment=Development", "--Auth=", "--MockServer:Port=0", "--MockServer:Seed=7", "--MockServer:Quiet=True"],
            _served!);
    }

    [Fact]
    public void DefaultsStayOutOfTheSettingsSoAppSettingsStillCount()
    {
        Assert.Equal(0, Run("--MockServer:Port=4999"));

        Assert.Equal(["--MockServer:Port=4999"], _served!);
    }

    [Fact]
    public void URLsReachTheHost()
    {
        Assert.Equal(0, Run("--urls", "http://0.0.0.0:4010"));

        Assert.Equal(["--urls=http://0.0.0.0:4010"], _served!);
    }

    [Fact]
    public void ABusyPortEndsInOneLineAndExitCode1()
    {
        var busy = new IOException("Failed to bind to address http://127.0.0.1:4010: address already in use.", new AddressInUseException("Address already in use", new SocketException(98)));

        var exit = MockCommandLine.Run([], _ => throw busy, _output, _error);

        Assert.Equal(MockCommandLine.StartFailure, exit);
        var line = Assert.Single(_error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("address already in use", line, StringComparison.Ordinal);
        Assert.Contains("--port", line, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnexpectedFailureKeepsItsStack()
    {
        Assert.Throws<NullReferenceException>(() => MockCommandLine.Run([], _ => throw new NullReferenceException(), _output, _error));
    }
}
