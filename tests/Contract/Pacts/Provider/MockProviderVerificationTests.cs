using System.Globalization;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Hosting;
using Rememberizer.Contract.Pact;
using Rememberizer.Contract.Tests.Pacts.JavaScript;

namespace Rememberizer.Contract.Tests.Pacts.Provider;

/// <summary>
/// Every pact in <c>pacts/</c> — the C# consumer's, the pact-js example's, and any a team drops in — replayed
/// against the mock, with provider states set through its control API and reset after each interaction.
/// </summary>
public sealed class MockProviderVerificationTests
{
    [Fact]
    public async Task MockHonoursEveryPactInThePactsDirectory()
    {
        var files = await PactsDirectory.EnsureAllWrittenAsync();
        await using var server = await InProcessMock.StartAsync([], TestContext.Current.CancellationToken);

        var failures = new List<string>();
        foreach (var file in files)
        {
            Assert.True(ProviderOf(file) == PactFiles.Provider, $"{Path.GetFileName(file)} is a pact with another provider; pacts/ holds {PactFiles.Provider}'s.");
            using var verifier = new PactVerifier(PactFiles.Provider, "mock")
                .WithHttpEndpoint(server.ProviderRoot)
                .WithFileSource(file)
                .WithRequestTimeout(TimeSpan.FromSeconds(10));
            server.Prepare(verifier);
            var result = await Task.Run(verifier.Verify, TestContext.Current.CancellationToken);
            if (!result.Success)
            {
                failures.Add($"{Path.GetFileName(file)}:\n{result.Output}");
            }
        }

        Assert.Contains(PactFiles.WebPact, files);
        Assert.Contains(PactJsExample.PactFile, files);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public async Task OfficialPactCliVerifiesThePactsDirectoryAgainstTheMock()
    {
        await PactsDirectory.EnsureAllWrittenAsync();
        await using var server = await InProcessMock.StartAsync([], TestContext.Current.CancellationToken);

        // -d filters by --provider-name: without it the CLI verifies nothing and passes.
        var result = await PactCli.RunAsync(
        [
            "verifier", "--dir", PactFiles.Directory,
            "--hostname", server.ProviderRoot.Host, "--port", server.ProviderRoot.Port.ToString(CultureInfo.InvariantCulture),
            "--provider-name", PactFiles.Provider,
            "--state-change-url", server.ProviderStatesUri.ToString(), "--state-change-teardown",
            "--no-colour",
        ], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains($"Verifying a pact between {PactFiles.Consumer} and {PactFiles.Provider}", result.Output);
        Assert.Contains($"Verifying a pact between {PactJsExample.Consumer} and {PactFiles.Provider}", result.Output);
    }

    private static string? ProviderOf(string file)
    {
        using var pact = JsonDocument.Parse(File.ReadAllText(file));
        return pact.RootElement.GetProperty("provider").GetProperty("name").GetString();
    }
}
