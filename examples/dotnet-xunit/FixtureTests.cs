using Rememberizer.Contract.Generated.Client;
using Rememberizer.Contract.Testing;

namespace RememberizerExample.Tests;

/// <summary>
/// A mock started with the team's data written down in <c>examples/fixtures/team.yaml</c> (copied beside the tests
/// by the project file) instead of generated data; a scenario of the file switches the whole state.
/// </summary>
public sealed class FixtureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheFixturesUserReadsHerDocumentsUntilAScenarioEmptiesThem()
    {
        await using var mock = await RememberizerMock.StartAsync(
            new RememberizerMockOptions { Fixtures = Path.Combine(AppContext.BaseDirectory, "team.yaml") }, Ct);
        using var http = mock.CreateClient();
        var auth = new AuthClient(http);
        var documents = new DocumentsClient(http);

        await auth.SignInAsync(new SignInRequest { Login = "ada@example.com", Password = "correct-horse", Captcha = "ok" }, Ct);
        var before = await documents.ListDocumentsAsync(null, null, null, Ct);
        await mock.Control.LoadFixtureAsync(scenario: "empty-account", cancellationToken: Ct);
        await auth.SignInAsync(new SignInRequest { Login = "ada@example.com", Password = "correct-horse", Captcha = "ok" }, Ct);
        var after = await documents.ListDocumentsAsync(null, null, null, Ct);

        Assert.Equal("vs_test_456", mock.Keys.VectorStore);
        Assert.Contains(before.Results, document => document.Name == "Roadmap.md");
        Assert.Empty(after.Results);
    }
}
