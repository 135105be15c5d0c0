using Rememberizer.Contract.Pact;
using Rememberizer.Contract.Tests.Pacts.Consumer;

namespace Rememberizer.Contract.Tests.Pacts.Provider;

/// <summary>The web app's pact, replayed against the mock with provider states set through its control API.</summary>
public sealed class MockProviderVerificationTests
{
    [Fact]
    public async Task MockHonoursEveryInteractionOfTheWebPact()
    {
        var pactFile = await WebPact.EnsureWrittenAsync();
        await using var server = await InProcessMockServer.StartAsync();

        using var verifier = new PactVerifier(PactFiles.Provider, "mock")
            .WithHttpEndpoint(server.BaseUri)
            .WithFileSource(pactFile)
            .WithProviderStateUrl(server.ProviderStatesUri, teardown: true)
            .WithRequestTimeout(TimeSpan.FromSeconds(10));
        var result = await Task.Run(verifier.Verify, TestContext.Current.CancellationToken);

        result.EnsureSuccess();
    }

    [Fact]
    public async Task OfficialPactCliVerifiesTheSamePactAgainstTheMock()
    {
        var pactFile = await WebPact.EnsureWrittenAsync();
        await using var server = await InProcessMockServer.StartAsync();

        var result = await PactCli.RunAsync(
        [
            "verifier", "--file", pactFile,
            "--hostname", server.BaseUri.Host, "--port", server.BaseUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--provider-name", PactFiles.Provider,
            "--state-change-url", server.ProviderStatesUri.ToString(), "--state-change-teardown",
            "--no-colour",
        ], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.Output);
    }
}
