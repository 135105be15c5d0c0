using Rememberizer.Contract.MockServer.Hosting.CommandLine;

namespace Rememberizer.Contract.MockServer.Tests.Proxy;

/// <summary><c>proxy</c>'s command line without starting anything: its help, and mistakes ending in one line and exit code 2.</summary>
public sealed class ProxyCommandLineTests
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private bool _served;

    private int Run(params string[] args) => MockCommandLine.Run(["proxy", .. args], _ => _served = true, _output, _error);

    [Fact]
    public void HelpNamesTheUpstreamTheReportAndRecording()
    {
        Assert.Equal(0, Run("--help"));

        var help = _output.ToString();
        foreach (var option in (string[])["--upstream", "--report", "--fail-on-drift", "--record", "--timeout", "--port", "--urls", "--quiet"])
        {
            Assert.Contains(option, help, StringComparison.Ordinal);
        }

        Assert.Contains("verify --pact-dir", help, StringComparison.Ordinal);
        Assert.False(_served);
    }

    [Theory]
    [InlineData("--upstream")]
    [InlineData("'ftp://x/' is not an absolute http(s) URL", "--upstream", "ftp://x/")]
    [InlineData("'api.rememberizer.ai' is not an absolute http(s) URL", "--upstream", "api.rememberizer.ai")]
    [InlineData("--timeout must be at least 1 second", "--upstream", "http://127.0.0.1:9/", "--timeout", "0")]
    [InlineData("--port and --urls cannot be combined", "--upstream", "http://127.0.0.1:9/", "--port", "0", "--urls", "http://127.0.0.1:0")]
    [InlineData("--port must be between 0 and 65535", "--upstream", "http://127.0.0.1:9/", "--port", "70000")]
    [InlineData("--upstream takes no credentials in the URL", "--upstream", "https://user:secret@api.rememberizer.ai")]
    [InlineData("'--pact-file'", "--upstream", "http://127.0.0.1:9/", "--pact-file", "x.json")]
    public void AMistakeEndsInOneLineAndExitCode2(string named, params string[] args)
    {
        Assert.Equal(MockCommandLine.UsageError, Run(args));

        var line = Assert.Single(_error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("rememberizer-mock: ", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.False(_served);
    }
}
