using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Rememberizer.Contract.MockServer.Hosting;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;
using Rememberizer.Contract.MockServer.Tests.Install;
using StackExchange.Redis;
using static Rememberizer.Contract.MockServer.Tests.State.RoamingBrowser;

namespace Rememberizer.Contract.MockServer.Tests.State;

/// <summary>
/// What earlier versions wrote keeps loading. <c>Data/every-change-format-1.jsonl</c> holds one line of each kind of
/// change, as a SQLite row or a Redis list entry stores it; <c>Data/state-format-1.db</c> is a SQLite file a mock of
/// that format wrote for tenant <c>legacy</c>: a user who signed up and verified, one who was deleted, a memorized
/// note, a memento, a published knowledge, a vector store with a document, a stored preference, the clock 10 minutes on.
/// A Redis log of that format holds the same changes, one list entry each, under the tenant's key.
/// </summary>
public sealed class StateFormatTests(RedisServer redis) : IClassFixture<RedisServer>, IDisposable
{
    private const string Tenant = "legacy";
    private const int KeptMementoId = 225;
    private const string KnowledgeKey = "63266OXTsv1rJHkVmWSzHXtikmOwUF1x";
    private const string StoreKey = "88rRslzgctwAEelWtIfctyAjpFhNvwe8";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly ScratchDirectory _scratch = new();

    private static string DataFile(string name) => Path.Combine(RepositoryFiles.Root, "tests", "MockServer.Tests", "State", "Data", name);

    public static TheoryData<string> EveryChange() => [.. File.ReadAllLines(DataFile("every-change-format-1.jsonl"))];

    [Theory]
    [MemberData(nameof(EveryChange))]
    public void EveryKindOfChangeReadsBackAndIsWrittenAsBefore(string stored)
    {
        var change = TenantWorld.ChangeNames.Deserialize(stored);

        Assert.Equal(stored, TenantWorld.ChangeNames.Serialize(change));
    }

    [Fact]
    public async Task AStateFileOfTheFirstFormatLoadsAndAnswersAsBefore()
    {
        var file = _scratch.Combine("state.db");
        File.Copy(DataFile("state-format-1.db"), file);
        await using var mock = new MockServerApp().With("State:Store", "sqlite:" + file);

        await AnswersAsBeforeAsync(mock);
    }

    [Fact]
    public async Task ARedisLogOfTheFirstFormatLoadsAndAnswersAsBefore()
    {
        redis.SkipUnlessRunning();
        await using (var connection = await ConnectionMultiplexer.ConnectAsync(redis.Url["redis://".Length..]))
        {
            var log = new RedisKey($"rememberizer-mock:{{{Tenant}}}:changes");
            await connection.GetDatabase().KeyDeleteAsync(log);
            await connection.GetDatabase().ListRightPushAsync(log, [.. RecordedChanges().Select(change => new RedisValue(change))]);
        }

        await using var mock = new MockServerApp().With("State:Store", redis.Url);

        await AnswersAsBeforeAsync(mock);
    }

    private static async Task AnswersAsBeforeAsync(MockServerApp mock)
    {
        var browser = new RoamingBrowser(Tenant);

        var health = await (await browser.SendAsync(mock, HttpMethod.Get, "/_mock/health")).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var users = await (await browser.SendAsync(mock, HttpMethod.Get, "/_mock/users")).Content.ReadFromJsonAsync<List<JsonElement>>(Ct);
        AssertStatus(HttpStatusCode.NoContent, await browser.SignInAsync(mock, "legacy@example.com"), "sign-in with the recorded password");
        var account = await (await browser.AccountAsync(mock)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var preferred = await browser.SendAsync(mock, HttpMethod.Get, "/api/v1/mementos/");
        var mementos = await browser.SendAsync(mock, HttpMethod.Get, "/api/v1/mementos/");
        var memento = await browser.SendAsync(mock, HttpMethod.Get, $"/api/v1/mementos/{KeptMementoId}/");
        var search = await (await browser.SendAsync(mock, HttpMethod.Get, "/api/v1/documents/search/?q=zebra%20stripes%20versions")).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var byKnowledge = await KeyedAsync(mock, "X-API-Key", KnowledgeKey, "/api/v1/documents/search/?q=zebra%20stripes");
        var byStore = await KeyedAsync(mock, "x-api-key", StoreKey, "/api/v1/vector-stores/me/");
        var signUpAgain = await browser.SignUpAsync(mock, "gone@example.com");

        Assert.True(health.GetProperty("now").GetDateTimeOffset() >= DateTimeOffset.UtcNow.AddMinutes(9), "the clock's 10 minutes ahead");
        Assert.Equal(["publisher@example.com", "legacy@example.com"], users!.Select(u => u.GetProperty("email").GetString()));
        Assert.True(users![1].GetProperty("email_verified").GetBoolean(), "the verified address");
        Assert.Equal("legacy@example.com", account.GetProperty("email").GetString());
        AssertStatus(HttpStatusCode.ServiceUnavailable, preferred, "the stored preference, used once");
        AssertStatus(HttpStatusCode.OK, mementos, "the preference used up");
        AssertStatus(HttpStatusCode.OK, memento, "the kept memento");
        Assert.Contains(search.GetProperty("matched_chunks").EnumerateArray(), c => c.GetProperty("document").GetProperty("name").GetString() == "Zebra note");
        AssertStatus(HttpStatusCode.OK, byKnowledge, "the published knowledge's key");
        AssertStatus(HttpStatusCode.OK, byStore, "the vector store's key");
        AssertStatus(HttpStatusCode.Created, signUpAgain, "the deleted user's address is free");
    }

    // The legacy tenant's changes as the SQLite file of that format holds them, in order.
    private static List<string> RecordedChanges()
    {
        using var database = new SqliteConnection($"Data Source={DataFile("state-format-1.db")};Mode=ReadOnly;Pooling=False");
        database.Open();
        using var command = database.CreateCommand();
        command.CommandText = "SELECT change FROM changes WHERE tenant = $tenant ORDER BY sequence";
        command.Parameters.AddWithValue("$tenant", Tenant);
        using var rows = command.ExecuteReader();
        var changes = new List<string>();
        while (rows.Read())
        {
            changes.Add(rows.GetString(0));
        }

        return changes;
    }

    private static async Task<HttpResponseMessage> KeyedAsync(MockServerApp mock, string header, string value, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(header, value);
        request.Headers.Add("X-Mock-Tenant", Tenant);
        return await mock.CreateBareClient().SendAsync(request, Ct);
    }

    public void Dispose() => _scratch.Dispose();
}
