using System.Net.Http.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;
using Rememberizer.Contract.MockServer.Tests.Install;

namespace Rememberizer.Contract.MockServer.Tests.Fixtures;

/// <summary>
/// A load is one recorded change: a mock restarted on its SQLite file keeps the loaded world and what was done in
/// it (the same start-up fixture is not loaded again), another scenario at start-up replaces it, and two mocks on
/// one Redis see the same world after a load or a switch on either.
/// </summary>
public sealed class FixtureStateStoreTests(RedisServer redis) : IClassFixture<RedisServer>, IDisposable
{
    private const string Tenant = "fixture-store";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly ScratchDirectory _scratch = new();

    private string SqliteStore => "sqlite:" + _scratch.Combine("fixture-state.db");

    [Fact]
    public async Task ARestartOnSqliteKeepsTheLoadedWorldAndItsChangesAndAnotherScenarioReplacesIt()
    {
        await using (var first = new MockServerApp().With("State:Store", SqliteStore).WithTeam())
        {
            var ada = await first.SignedInAsync();
            (await ada.PostAsJsonAsync("/api/v1/documents/memorize/", new { name = "Kept", content = "made before the restart" }, Ct)).EnsureSuccessStatusCode();
        }

        IReadOnlyList<string> afterRestart;
        await using (var second = new MockServerApp().With("State:Store", SqliteStore).WithTeam())
        {
            afterRestart = (await (await second.SignedInAsync()).GetJsonAsync("/api/v1/documents/")).Names();
        }

        await using var third = new MockServerApp().With("State:Store", SqliteStore).WithTeam("busy-account");
        var otherScenario = (await (await third.SignedInAsync()).GetJsonAsync("/api/v1/documents/")).Names();

        Assert.Equal(["Kept", "#general", "Launch checklist.md", "Roadmap.md"], afterRestart);
        Assert.Equal(["Meeting notes 1.md", "Meeting notes 2.md", "Meeting notes 3.md"], otherScenario);
    }

    [Fact]
    public async Task TwoMocksOnRedisSeeTheSameWorldAfterALoadAndASwitchOnEither()
    {
        redis.SkipUnlessRunning();
        await using var a = new MockServerApp().With("State:Store", redis.Url);
        await using var b = new MockServerApp().With("State:Store", redis.Url);
        var team = await File.ReadAllTextAsync(FixtureClient.TeamFile, Ct);

        (await Send(a, HttpMethod.Post, "/_mock/fixtures", team)).EnsureSuccessStatusCode();
        var storeOnB = await Send(b, HttpMethod.Get, "/api/v1/vector-stores/me", key: "vs_test_456");
        var knowledgeOnB = await Send(b, HttpMethod.Get, "/api/v1/documents/", knowledgeKey: "ck_test_123");
        (await Send(b, HttpMethod.Post, "/_mock/fixtures?scenario=empty-account")).EnsureSuccessStatusCode();
        var storeOnA = await Send(a, HttpMethod.Get, "/api/v1/vector-stores/me", key: "vs_test_456");
        var loadedOnA = await (await Send(a, HttpMethod.Get, "/_mock/fixtures/loaded")).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct);

        Assert.True(storeOnB.IsSuccessStatusCode, "the file's store key, on the other mock");
        Assert.Equal(["Launch checklist.md", "Roadmap.md"], (await knowledgeOnB.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct)).Names().Order());
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, storeOnA.StatusCode);
        Assert.Equal("empty-account", loadedOnA.GetProperty("scenario").GetString());
    }

    public void Dispose() => _scratch.Dispose();

    private static async Task<HttpResponseMessage> Send(MockServerApp mock, HttpMethod method, string path, string? body = null, string? key = null, string? knowledgeKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Mock-Tenant", Tenant);
        if (body is not null)
        {
            request.Content = new StringContent(body);
        }

        if (key is not null)
        {
            request.Headers.Add("x-api-key", key);
        }

        if (knowledgeKey is not null)
        {
            request.Headers.Add("X-API-Key", knowledgeKey);
        }

        return await mock.CreateBareClient().SendAsync(request, Ct);
    }
}
