using Rememberizer.Contract.Pact.Tests.Fakes;

namespace Rememberizer.Contract.Pact.Tests.Builders;

/// <summary>URL and broker sources, publishing, consumer filters: what reaches the native verifier, and misuse.</summary>
public sealed class VerifierSourceTests
{
    private static readonly Uri Broker = new("https://broker.example/");
    private readonly FakeVerifierDriver _driver = new();

    [Fact]
    public void UrlSourceCarriesItsAuthenticationWithoutShowingSecrets()
    {
        using var verifier = NewVerifier()
            .WithUrlSource(new Uri("https://pacts.example/web.json"), PactSourceAuth.Basic("ci", "s3cret"))
            .WithUrlSource(new Uri("https://pacts.example/js.json"), PactSourceAuth.Bearer("t0ken"))
            .WithUrlSource(new Uri("https://pacts.example/open.json"));

        Assert.Contains("url https://pacts.example/web.json auth=basic (ci)", _driver.Calls);
        Assert.Contains("url https://pacts.example/js.json auth=bearer token", _driver.Calls);
        Assert.Contains("url https://pacts.example/open.json auth=none", _driver.Calls);
        Assert.DoesNotContain(_driver.Calls, c => c.Contains("s3cret", StringComparison.Ordinal) || c.Contains("t0ken", StringComparison.Ordinal));
    }

    [Fact]
    public void BrokerSourceSendsSelectorsPendingWipBranchAndTags()
    {
        using var verifier = NewVerifier().WithPactBrokerSource(new PactBrokerSource(Broker)
        {
            Auth = PactSourceAuth.Bearer("t"),
            ConsumerVersionSelectors = [new() { MainBranch = true }, new() { DeployedOrReleased = true }],
            EnablePending = true,
            IncludeWipPactsSince = new DateOnly(2024, 1, 31),
            ProviderBranch = "main",
            ProviderTags = ["prod"],
        });

        Assert.Contains(
            """broker https://broker.example/ auth=bearer token pending=True wip=2024-01-31 branch=main tags=prod selectors={"mainBranch":true},{"deployedOrReleased":true}""",
            _driver.Calls);
    }

    [Fact]
    public void WipPactsWithoutPendingAreRejected()
    {
        using var verifier = NewVerifier();

        var error = Assert.Throws<ArgumentException>(() =>
            verifier.WithPactBrokerSource(new PactBrokerSource(Broker) { IncludeWipPactsSince = new DateOnly(2024, 1, 1) }));

        Assert.Contains("EnablePending", error.Message);
    }

    [Theory]
    [InlineData("file:///tmp/pact.json")]
    [InlineData("ftp://broker.example/")]
    public void NonHttpSourcesAreRejectedByUrl(string url)
    {
        using var verifier = NewVerifier();

        var error = Assert.Throws<ArgumentException>(() => verifier.WithUrlSource(new Uri(url)));

        Assert.Contains(url, error.Message);
    }

    [Fact]
    public void PublishingConsumerFiltersAndNoPactsReachTheNativeVerifierInOrder()
    {
        using var verifier = NewVerifier()
            .WithPactBrokerSource(new PactBrokerSource(Broker) { ProviderBranch = "main" })
            .WithPublishing(new VerificationPublishOptions("1.2.3") { ProviderBranch = "main", BuildUrl = new Uri("https://ci.example/build/9") })
            .WithConsumerFilter("rememberizer-web", "pact-js-example")
            .WithNoPactsIsError(false)
            .WithHttpEndpoint(new Uri("http://127.0.0.1:5000"));

        verifier.Verify();

        Assert.Equal(
            [
                "publish 1.2.3 branch=main tags= build=https://ci.example/build/9",
                "consumers rememberizer-web,pact-js-example",
                "no-pacts-is-error False",
            ],
            _driver.Calls.Where(c => c.StartsWith("publish", StringComparison.Ordinal) || c.StartsWith("consumers", StringComparison.Ordinal) || c.StartsWith("no-pacts", StringComparison.Ordinal)));
        Assert.Equal("execute", _driver.Calls[^1]);
    }

    [Fact]
    public void PublishingABranchTheBrokerSourceDoesNotKnowIsRejectedBeforeRunning()
    {
        using var verifier = NewVerifier()
            .WithHttpEndpoint(new Uri("http://127.0.0.1:5000"))
            .WithPactBrokerSource(new PactBrokerSource(Broker))
            .WithPublishing(new VerificationPublishOptions("1.2.3") { ProviderBranch = "feature/x" });

        var error = Assert.Throws<InvalidOperationException>(verifier.Verify);

        Assert.Contains("ProviderBranch", error.Message);
        Assert.DoesNotContain("execute", _driver.Calls);
    }

    [Fact]
    public void AnEmptyConsumerFilterIsRejected()
    {
        using var verifier = NewVerifier();

        Assert.Throws<ArgumentException>(() => verifier.WithConsumerFilter());
        Assert.Throws<ArgumentException>(() => verifier.WithConsumerFilter("web", " "));
    }

    [Fact]
    public void VerifyWithoutASourceNamesEverySourceCall()
    {
        using var verifier = NewVerifier().WithHttpEndpoint(new Uri("http://127.0.0.1:5000"));

        var error = Assert.Throws<InvalidOperationException>(verifier.Verify);

        Assert.Contains("WithUrlSource", error.Message);
        Assert.Contains("WithPactBrokerSource", error.Message);
    }

    private PactVerifier NewVerifier() => new("api", "1.0.0", PactLogLevel.Info, _driver);
}
