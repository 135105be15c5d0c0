using Rememberizer.Contract.Pact.Tests.Fakes;

namespace Rememberizer.Contract.Pact.Tests.Builders;

public sealed class PactVerifierTests : IDisposable
{
    private readonly FakeVerifierDriver _driver = new();
    private readonly string _pactFile = Path.GetTempFileName();

    [Fact]
    public void VerifyWithoutAnEndpointNamesWithHttpEndpoint()
    {
        using var verifier = NewVerifier().WithFileSource(_pactFile);

        var error = Assert.Throws<InvalidOperationException>(verifier.Verify);

        Assert.Contains("WithHttpEndpoint", error.Message);
    }

    [Fact]
    public void VerifyWithoutASourceNamesTheSourceCalls()
    {
        using var verifier = NewVerifier().WithHttpEndpoint(new Uri("http://127.0.0.1:5000"));

        var error = Assert.Throws<InvalidOperationException>(verifier.Verify);

        Assert.Contains("WithFileSource", error.Message);
        Assert.Contains("WithDirectorySource", error.Message);
    }

    [Fact]
    public void SettingsReachTheNativeVerifierInOrder()
    {
        using var verifier = NewVerifier()
            .WithHttpEndpoint(new Uri("http://127.0.0.1:5000/base"))
            .WithFileSource(_pactFile)
            .WithProviderStateUrl(new Uri("http://127.0.0.1:5000/_pact/provider-states"))
            .WithCustomHeader("X-Run", "42")
            .WithFilter(description: "sign-in")
            .WithRequestTimeout(TimeSpan.FromSeconds(3));

        var result = verifier.Verify();

        Assert.True(result.Success);
        Assert.Equal(
            [
                "create Rememberizer.Contract.Pact",
                "coloured False",
                "provider api http://127.0.0.1:5000/base",
                $"file {Path.GetFileName(_pactFile)}",
                "state http://127.0.0.1:5000/_pact/provider-states teardown=False body=True",
                "header X-Run=42",
                "filter sign-in - False",
                "timeout 3000",
                "execute",
            ],
            _driver.Calls);
    }

    [Fact]
    public void SecondEndpointIsRejected()
    {
        using var verifier = NewVerifier().WithHttpEndpoint(new Uri("http://127.0.0.1:5000"));

        Assert.Throws<InvalidOperationException>(() => verifier.WithHttpEndpoint(new Uri("http://127.0.0.1:5001")));
    }

    [Fact]
    public void MissingPactFileIsReportedByName()
    {
        using var verifier = NewVerifier();

        var error = Assert.Throws<FileNotFoundException>(() => verifier.WithFileSource("/no/such/pact.json"));

        Assert.Contains("/no/such/pact.json", error.Message);
    }

    [Fact]
    public void ConfigurationAfterVerifyIsRejected()
    {
        using var verifier = Ready();
        verifier.Verify();

        var error = Assert.Throws<InvalidOperationException>(() => verifier.WithCustomHeader("X", "1"));

        Assert.Contains("new PactVerifier", error.Message);
    }

    [Fact]
    public void FailedVerificationThrowsWithTheReadableOutput()
    {
        _driver.ExitCode = 1;
        using var verifier = Ready();

        var result = verifier.Verify();
        var error = Assert.Throws<PactVerificationException>(() => result.EnsureSuccess());

        Assert.False(result.Success);
        Assert.Contains("1) a sign-in - status 500 != 401", error.Message);
        Assert.Contains("did not match", error.Message);
    }

    [Fact]
    public void DisposingShutsDownTheNativeVerifier()
    {
        var verifier = NewVerifier();

        verifier.Dispose();

        Assert.True(_driver.Disposed);
        Assert.Throws<ObjectDisposedException>(() => verifier.WithFilter());
    }

    public void Dispose() => File.Delete(_pactFile);

    private PactVerifier NewVerifier() => new("api", "1.0.0", PactLogLevel.Info, _driver);

    private PactVerifier Ready() => NewVerifier().WithHttpEndpoint(new Uri("http://127.0.0.1:5000")).WithFileSource(_pactFile);
}
