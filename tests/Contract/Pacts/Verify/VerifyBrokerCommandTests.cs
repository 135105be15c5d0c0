using System.Text.Json.Nodes;
using Rememberizer.Contract.MockServer.Hosting.CommandLine;
using Rememberizer.Contract.Pact.Tests.Broker;
using Rememberizer.Contract.Tests.Pacts.Consumer;

namespace Rememberizer.Contract.Tests.Pacts.Verify;

/// <summary>
/// <c>verify --broker-url</c> against a recording stub of a Pact Broker (<see cref="StubBroker"/>): these tests check
/// what the command sends to a broker (selectors, pending and WIP flags, the published result with version and
/// branch), not the broker's own logic.
/// </summary>
public sealed class VerifyBrokerCommandTests
{
    private const string Token = "ci-token";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StubBrokerReceivesTheCommandsSelectorsAndFlagsAndAPublishedSuccess()
    {
        await using var broker = await StubBroker.StartAsync($"Bearer {Token}", Ct);
        broker.Serve(await WebPact.EnsureWrittenAsync());

        var (exit, output) = Run(
            "--broker-url", broker.BaseUri.ToString(), "--broker-token", Token,
            "--consumer-version-selectors", """[{"mainBranch":true},{"deployedOrReleased":true}]""",
            "--enable-pending", "--include-wip-pacts-since", "2024-06-01",
            "--publish", "--provider-version", "abc123", "--provider-branch", "main", "--build-url", "https://ci.example/run/7");

        Assert.True(exit == 0, output);
        var request = Assert.Single(broker.Received("POST", $"/pacts/provider/{PactFiles.Provider}/for-verification")).Body!;
        Assert.Equal("""[{"mainBranch":true},{"deployedOrReleased":true}]""", request["consumerVersionSelectors"]!.ToJsonString());
        Assert.True(request["includePendingStatus"]!.GetValue<bool>());
        Assert.Equal("2024-06-01", request["includeWipPactsSince"]!.GetValue<string>());
        Assert.Equal("main", request["providerVersionBranch"]!.GetValue<string>());
        Assert.Single(broker.Received("PUT", $"/pacticipants/{PactFiles.Provider}/branches/main/versions/abc123"));
        var published = Published(broker);
        Assert.True(published["success"]!.GetValue<bool>());
        Assert.Equal("abc123", published["providerApplicationVersion"]!.GetValue<string>());
        Assert.Equal("https://ci.example/run/7", published["buildUrl"]!.GetValue<string>());
        Assert.Equal(WebPact.Scenarios.Count(), published["testResults"]!.AsArray().Count(r => r!["success"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task StubBrokerReceivesAPublishedFailureWhenTheMockBreaksAnInteraction()
    {
        var pact = JsonNode.Parse(await File.ReadAllTextAsync(await WebPact.EnsureWrittenAsync(), Ct))!;
        pact["interactions"]!.AsArray().Single(i => i!["description"]!.GetValue<string>() == "a sign-in with a wrong password")!["response"]!["status"] = 418;
        var file = Path.Combine(Directory.CreateTempSubdirectory("broken-pact-").FullName, "broken.json");
        await File.WriteAllTextAsync(file, pact.ToJsonString(), Ct);
        await using var broker = await StubBroker.StartAsync($"Bearer {Token}", Ct);
        broker.Serve(file);

        var (exit, output) = Run("--broker-url", broker.BaseUri.ToString(), "--broker-token", Token, "--publish", "--provider-version", "abc124", "--provider-branch", "main");

        Assert.Equal(1, exit);
        Assert.Contains("FAILED   a sign-in with a wrong password", output);
        var published = Published(broker);
        Assert.False(published["success"]!.GetValue<bool>());
        var failed = Assert.Single(published["testResults"]!.AsArray(), r => !r!["success"]!.GetValue<bool>())!;
        Assert.Equal("a sign-in with a wrong password", failed["interactionDescription"]!.GetValue<string>());
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }

    [Fact]
    public async Task StubBrokerSeesBasicCredentialsForBrokerUsernameAndItsRefusalFailsTheRun()
    {
        await using var broker = await StubBroker.StartAsync($"Bearer {Token}", Ct);
        broker.Serve(await WebPact.EnsureWrittenAsync());

        var (exit, output) = Run("--broker-url", broker.BaseUri.ToString(), "--broker-username", "ci");

        Assert.Equal(1, exit);
        Assert.All(broker.Requests, r => Assert.StartsWith("Basic ", r.Authorization));
        Assert.Contains("401", output);
    }

    [Fact]
    public async Task PactUrlIsFetchedWithTheBrokerTokenAndNothingIsPublishedByTheCommandInAProcessOfItsOwn()
    {
        // Loading a --pact-url source is the first thing pact_ffi does over HTTP in a verify run. In this test
        // process other verifications have set up TLS for it before, so only a fresh process shows whether the
        // binding does it itself.
        await using var broker = await StubBroker.StartAsync($"Bearer {Token}", Ct);
        broker.Serve(await WebPact.EnsureWrittenAsync());

        var run = await VerifyCommand.RunAsync(["--pact-url", broker.PactUrl(PactFiles.Provider, PactFiles.Consumer).ToString(), "--broker-token", Token]);

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains($"{WebPact.Scenarios.Count()} interactions verified: {WebPact.Scenarios.Count()} passed, 0 failed.", run.Stdout);
        Assert.Equal(["GET"], broker.Requests.Select(r => r.Method).Distinct());
        Assert.All(broker.Requests, r => Assert.Equal($"Bearer {Token}", r.Authorization));
        Assert.DoesNotContain("panicked", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("crypto provider", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Failed to initialise", run.Stderr, StringComparison.Ordinal); // the muted line
    }

    private static (int Exit, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var exit = MockCommandLine.Run(["verify", .. args], _ => throw new InvalidOperationException("verify never serves"), output, output);
        TestContext.Current.TestOutputHelper?.WriteLine(output.ToString());
        return (exit, output.ToString());
    }

    private static JsonObject Published(StubBroker broker) =>
        Assert.Single(broker.Received("POST", $"/pacts/provider/{PactFiles.Provider}/consumer/{PactFiles.Consumer}/verification-results")).Body!.AsObject();
}
