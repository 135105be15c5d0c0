using Rememberizer.Contract.MockServer.Hosting.CommandLine;
using Rememberizer.Contract.MockServer.Verify;

namespace Rememberizer.Contract.MockServer.Tests.CommandLine;

/// <summary>
/// <c>verify</c>'s command line without running anything: its help, and combinations that cannot work ending in one
/// line and exit code 2 before a mock starts or a broker is called.
/// </summary>
public sealed class VerifyCommandLineTests : IDisposable
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly string _pact = Path.GetTempFileName();
    private bool _served;

    private int Run(params string[] args) => MockCommandLine.Run(["verify", .. args], _ => _served = true, _output, _error);

    [Fact]
    public void HelpListsTheSourcesPublishingAndWhereThePactLibraryComesFrom()
    {
        Assert.Equal(0, Run("--help"));

        var help = _output.ToString();
        foreach (var option in (string[])["--pact-file", "--pact-dir", "--pact-url", "--broker-url", "--broker-token", "--consumer-version-selectors",
            "--enable-pending", "--include-wip-pacts-since", "--publish", "--provider-version", "--provider-branch", "--provider-base-url", "--json"])
        {
            Assert.Contains(option, help, StringComparison.Ordinal);
        }

        Assert.Contains("PACT_FFI_LIBRARY", help, StringComparison.Ordinal);
        Assert.Contains("Examples:", help, StringComparison.Ordinal);
        Assert.False(_served);
    }

    [Theory]
    [InlineData("Name the pacts to verify")]
    [InlineData("--enable-pending needs --broker-url", "--pact-file", "{pact}", "--enable-pending")]
    [InlineData("--publish needs --broker-url", "--pact-file", "{pact}", "--publish", "--provider-version", "1")]
    [InlineData("--publish needs --provider-version", "--broker-url", "http://127.0.0.1:9/", "--publish")]
    [InlineData("needs --enable-pending", "--broker-url", "http://127.0.0.1:9/", "--include-wip-pacts-since", "2024-01-01")]
    [InlineData("YYYY-MM-DD, not '01/02/2024'", "--broker-url", "http://127.0.0.1:9/", "--enable-pending", "--include-wip-pacts-since", "01/02/2024")]
    [InlineData("--consumer-version-selectors: Consumer version selectors must be a JSON array", "--broker-url", "http://127.0.0.1:9/", "--consumer-version-selectors", "{\"mainBranch\":true}")]
    [InlineData("'mainbranch'", "--broker-url", "http://127.0.0.1:9/", "--consumer-version-selectors", "[{\"mainbranch\":true}]")]
    [InlineData("'ftp://x/' is not an absolute http(s) URL", "--pact-url", "ftp://x/")]
    [InlineData("'ftp://x/' is not an absolute http(s) URL", "--broker-url", "ftp://x/")]
    [InlineData("--provider-base-url", "--pact-file", "{pact}", "--provider-base-url", "ftp://x/")]
    [InlineData("'ftp://x/' is not an absolute http(s) URL", "--broker-url", "http://127.0.0.1:9/", "--build-url", "ftp://x/")]
    [InlineData("not both", "--broker-url", "http://127.0.0.1:9/", "--broker-token", "t", "--broker-username", "u")]
    [InlineData("a broker's pacts are verified against the mock", "--broker-url", "http://127.0.0.1:9/", "--provider-base-url", "https://api.example")]
    [InlineData("File does not exist", "--pact-file", "/no/such/pact.json")]
    [InlineData("--timeout must be at least 1 second", "--pact-file", "{pact}", "--timeout", "0")]
    [InlineData("'--port'", "--pact-file", "{pact}", "--port", "4010")]
    public void AnImpossibleCombinationEndsInOneLineAndExitCode2(string named, params string[] args)
    {
        Assert.Equal(MockCommandLine.UsageError, Run([.. args.Select(a => a == "{pact}" ? _pact : a)]));

        var line = Assert.Single(_error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("rememberizer-mock: ", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.False(_served);
    }

    [Fact]
    public void ARunningApiNeedsTheAccountToSignInWith()
    {
        if (RealApiAccount.FromEnvironment() is not null)
        {
            Assert.Skip($"{RealApiAccount.LoginVariable} and {RealApiAccount.PasswordVariable} are set here, so the missing-account message cannot show.");
        }

        Assert.Equal(MockCommandLine.UsageError, Run("--pact-file", _pact, "--provider-base-url", "https://api.rememberizer.ai"));

        Assert.Contains(RealApiAccount.LoginVariable, _error.ToString(), StringComparison.Ordinal);
        Assert.Contains(RealApiAccount.PasswordVariable, _error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_pact);
}
