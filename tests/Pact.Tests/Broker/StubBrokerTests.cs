using System.Text;
using System.Text.Json.Nodes;
using Rememberizer.Contract.Pact.Tests.Ffi;

namespace Rememberizer.Contract.Pact.Tests.Broker;

/// <summary>
/// The broker workflow as far as this machine allows: pact_ffi's verifier against <see cref="StubBroker"/>, a
/// recording stand-in that serves the sample pact through the broker's HAL resources. These tests check what the
/// verifier sends to a broker (selectors, pending and WIP flags, branch, published results), not the broker's own
/// logic (which pacts it selects, when a pact is pending, what can-i-deploy answers).
/// </summary>
[Collection(FfiVerifiers.Collection)]
public sealed class StubBrokerTests : IDisposable
{
    private const string Token = "broker-token";
    private const string Version = "1.2.3";
    private readonly TempDirectory _pacts = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StubBrokerReceivesTheSelectorsPendingWipBranchAndTagsWeSend()
    {
        await using var broker = await ServingBrokerAsync();
        await using var provider = await TinyProvider.StartAsync(ProviderMode.Honest, Ct);

        var result = await VerifyAsync(provider, Source(broker) with
        {
            ConsumerVersionSelectors = ConsumerVersionSelector.ParseArray("""[{"mainBranch":true},{"deployedOrReleased":true},{"matchingBranch":true}]"""),
            EnablePending = true,
            IncludeWipPactsSince = new DateOnly(2024, 1, 31),
            ProviderTags = ["release-candidate"],
        });

        result.EnsureSuccess();
        var request = Assert.Single(broker.Received("POST", $"/pacts/provider/{SamplePact.Provider}/for-verification"));
        Assert.Equal($"Bearer {Token}", request.Authorization);
        var body = request.Body!.AsObject();
        Assert.Equal("""[{"mainBranch":true},{"deployedOrReleased":true},{"matchingBranch":true}]""", body["consumerVersionSelectors"]!.ToJsonString());
        Assert.True(body["includePendingStatus"]!.GetValue<bool>());
        Assert.Equal("2024-01-31", body["includeWipPactsSince"]!.GetValue<string>());
        Assert.Equal("main", body["providerVersionBranch"]!.GetValue<string>());
        Assert.Equal("""["release-candidate"]""", body["providerVersionTags"]!.ToJsonString());
    }

    [Fact]
    public async Task StubBrokerRecordsThePublishedSuccessWithVersionBranchAndEveryInteraction()
    {
        await using var broker = await ServingBrokerAsync();
        await using var provider = await TinyProvider.StartAsync(ProviderMode.Honest, Ct);

        var result = await VerifyAsync(provider, Source(broker), Publishing());

        result.EnsureSuccess();
        Assert.Single(broker.Received("PUT", $"/pacticipants/{SamplePact.Provider}/branches/main/versions/{Version}"));
        var published = Published(broker);
        Assert.True(published["success"]!.GetValue<bool>());
        Assert.Equal(Version, published["providerApplicationVersion"]!.GetValue<string>());
        Assert.Equal("https://ci.example/builds/42", published["buildUrl"]!.GetValue<string>());
        var results = published["testResults"]!.AsArray().Select(r => (Id: r!["interactionId"]!.GetValue<string>(), Success: r["success"]!.GetValue<bool>()));
        Assert.Equal([("id-0", true), ("id-1", true), ("id-2", true)], results.OrderBy(r => r.Id));
    }

    [Fact]
    public async Task StubBrokerRecordsAPublishedFailureNamingTheInteractionThatFailed()
    {
        await using var broker = await ServingBrokerAsync();
        await using var provider = await TinyProvider.StartAsync(ProviderMode.BreaksWrongPassword, Ct);

        var result = await VerifyAsync(provider, Source(broker), Publishing());

        Assert.Equal(1, result.ExitCode);
        var published = Published(broker);
        Assert.False(published["success"]!.GetValue<bool>());
        var failed = Assert.Single(published["testResults"]!.AsArray(), r => !r!["success"]!.GetValue<bool>())!;
        Assert.Equal(SamplePact.WrongPassword, failed["interactionDescription"]!.GetValue<string>());
        Assert.Contains(failed["mismatches"]!.AsArray(), m => m!["attribute"]!.GetValue<string>() == "status");
        Assert.Equal(2, published["testResults"]!.AsArray().Count(r => r!["success"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task StubBrokerGetsAFailureForAPendingPactThatDoesNotFailTheBuild()
    {
        await using var broker = await ServingBrokerAsync(pending: true);
        await using var provider = await TinyProvider.StartAsync(ProviderMode.BreaksWrongPassword, Ct);

        var result = await VerifyAsync(provider, Source(broker) with { EnablePending = true }, Publishing());

        result.EnsureSuccess();
        Assert.Contains("\"pendingErrors\":[{", result.Json.Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.False(Published(broker)["success"]!.GetValue<bool>());
    }

    [Fact]
    public async Task StubBrokerGetsNoResultsUnlessPublishingIsAskedFor()
    {
        await using var broker = await ServingBrokerAsync();
        await using var provider = await TinyProvider.StartAsync(ProviderMode.Honest, Ct);

        var result = await VerifyAsync(provider, Source(broker));

        result.EnsureSuccess();
        Assert.Empty(broker.Received("POST", $"/pacts/provider/{SamplePact.Provider}/consumer"));
        Assert.Empty(broker.Received("PUT", "/"));
    }

    [Fact]
    public async Task UrlSourceSendsBasicCredentialsToTheStub()
    {
        var basic = $"Basic {Convert.ToBase64String(Encoding.UTF8.GetBytes("ci:s3cret"))}";
        await using var broker = await StubBroker.StartAsync(basic, Ct);
        broker.Serve(await SamplePact.WriteAsync(_pacts.Path, Ct));
        await using var provider = await TinyProvider.StartAsync(ProviderMode.Honest, Ct);

        var result = await Task.Run(() =>
        {
            using var verifier = new PactVerifier(SamplePact.Provider, Version)
                .WithHttpEndpoint(provider.BaseUri)
                .WithProviderStateUrl(provider.StateUrl)
                .WithUrlSource(broker.PactUrl(SamplePact.Provider, SamplePact.Consumer), PactSourceAuth.Basic("ci", "s3cret"));
            return verifier.Verify();
        }, Ct);

        result.EnsureSuccess();
        Assert.All(broker.Requests, r => Assert.Equal(basic, r.Authorization));
    }

    [Fact]
    public async Task NoPactsFromTheBrokerFailsOnlyWhenThatIsAnError()
    {
        await using var broker = await StubBroker.StartAsync(null, Ct);
        await using var provider = await TinyProvider.StartAsync(ProviderMode.Honest, Ct);

        var strict = await VerifyAsync(provider, Source(broker), configure: v => v.WithNoPactsIsError(true));
        var lenient = await VerifyAsync(provider, Source(broker), configure: v => v.WithNoPactsIsError(false));

        Assert.False(strict.Success);
        Assert.True(lenient.Success, lenient.Output);
    }

    public void Dispose() => _pacts.Dispose();

    private static PactBrokerSource Source(StubBroker broker) =>
        new(broker.BaseUri) { Auth = PactSourceAuth.Bearer(Token), ProviderBranch = "main" };

    private static VerificationPublishOptions Publishing() =>
        new(Version) { ProviderBranch = "main", BuildUrl = new Uri("https://ci.example/builds/42") };

    private static JsonObject Published(StubBroker broker) =>
        Assert.Single(broker.Received("POST", $"/pacts/provider/{SamplePact.Provider}/consumer/{SamplePact.Consumer}/verification-results")).Body!.AsObject();

    private async Task<StubBroker> ServingBrokerAsync(bool pending = false)
    {
        var broker = await StubBroker.StartAsync($"Bearer {Token}", Ct);
        broker.Serve(await SamplePact.WriteAsync(_pacts.Path, Ct), pending);
        return broker;
    }

    private static Task<VerificationResult> VerifyAsync(
        TinyProvider provider, PactBrokerSource source, VerificationPublishOptions? publishing = null, Action<PactVerifier>? configure = null) =>
        Task.Run(() =>
        {
            using var verifier = new PactVerifier(SamplePact.Provider, Version)
                .WithHttpEndpoint(provider.BaseUri)
                .WithProviderStateUrl(provider.StateUrl)
                .WithPactBrokerSource(source);
            if (publishing is not null)
            {
                verifier.WithPublishing(publishing);
            }

            configure?.Invoke(verifier);
            return verifier.Verify();
        }, Ct);
}
