namespace Rememberizer.Contract.Tests.Pacts.Consumer;

/// <summary>
/// One test per consumer scenario: the web app's call through the generated client succeeds against the Pact mock
/// server and its interaction is written to the pact.
/// </summary>
public sealed class ConsumerTests
{
    public static TheoryData<string> Scenarios => [.. WebPact.Scenarios.Select(s => s.Description)];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task ScenarioMatchesThePactMockServer(string description) =>
        await WebPact.EnsureScenarioPassedAsync(description);

    [Fact]
    public async Task PactFileHoldsEveryScenarioAsAV4Interaction()
    {
        var file = await WebPact.EnsureWrittenAsync();
        using var pact = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));

        var root = pact.RootElement;
        Assert.Equal(PactFiles.Consumer, root.GetProperty("consumer").GetProperty("name").GetString());
        Assert.Equal(PactFiles.Provider, root.GetProperty("provider").GetProperty("name").GetString());
        Assert.Equal("4.0", root.GetProperty("metadata").GetProperty("pactSpecification").GetProperty("version").GetString());
        var descriptions = root.GetProperty("interactions").EnumerateArray().Select(i => i.GetProperty("description").GetString() ?? "").ToHashSet();
        Assert.Equal(WebPact.Scenarios.Select(s => s.Description).ToHashSet(), descriptions);
    }
}
