using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;
using Rememberizer.Contract.MockServer.Tests.Install;
using static Rememberizer.Contract.MockServer.Tests.State.RoamingBrowser;

namespace Rememberizer.Contract.MockServer.Tests.State;

/// <summary>
/// <c>--state sqlite:PATH</c>: what a mock recorded is there after a restart — accounts, sessions (a browser's
/// cookies keep working), mail, the clock — and two mocks on one file read each other's writes.
/// </summary>
public sealed class SqliteStateTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly ScratchDirectory _scratch = new();

    private string Store => "sqlite:" + _scratch.Combine("mock-state.db");

    [Fact]
    public async Task ARestartedMockKeepsTheAccountTheSessionTheMailAndTheClock()
    {
        var browser = new RoamingBrowser("restart");
        DateTimeOffset before;
        await using (var first = new MockServerApp().With("State:Store", Store))
        {
            AssertStatus(HttpStatusCode.NoContent, await browser.SendAsync(first, HttpMethod.Post, "/_mock/clock/advance", new { seconds = 600 }), "clock");
            AssertStatus(HttpStatusCode.Created, await browser.SignUpAsync(first, "kept@example.com"), "sign-up");
            AssertStatus(HttpStatusCode.OK, await browser.VerifyAsync(first, await browser.LatestCodeAsync(first, "kept@example.com")), "verify");
            AssertStatus(HttpStatusCode.NoContent, await browser.SignInAsync(first, "kept@example.com"), "sign-in");
            before = await NowAsync(browser, first);
        }

        await using var second = new MockServerApp().With("State:Store", Store);
        var account = await browser.AccountAsync(second);
        var mail = await browser.LatestCodeAsync(second, "kept@example.com");
        var now = await NowAsync(browser, second);
        var refresh = await browser.RefreshAsync(second);

        AssertStatus(HttpStatusCode.OK, account, "the old access cookie after the restart");
        Assert.Equal("kept@example.com", (await account.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("email").GetString());
        Assert.Matches("^[0-9]{6}$", mail);
        Assert.True(now >= before, "the clock's 10 minutes ahead survive the restart");
        AssertStatus(HttpStatusCode.NoContent, refresh, "the old refresh cookie after the restart");
    }

    [Fact]
    public async Task TwoMocksOnOneFileReadEachOthersWrites()
    {
        await using var one = new MockServerApp().With("State:Store", Store);
        await using var two = new MockServerApp().With("State:Store", Store);
        var browser = new RoamingBrowser("shared-file");

        AssertStatus(HttpStatusCode.Created, await browser.SignUpAsync(one, "both@example.com"), "sign-up on one");
        AssertStatus(HttpStatusCode.OK, await browser.VerifyAsync(two, await browser.LatestCodeAsync(two, "both@example.com")), "verify on two");
        AssertStatus(HttpStatusCode.BadRequest, await browser.SignUpAsync(two, "both@example.com"), "the same address again on two");
        AssertStatus(HttpStatusCode.NoContent, await browser.SignInAsync(one, "both@example.com"), "sign-in on one");
        AssertStatus(HttpStatusCode.OK, await browser.AccountAsync(two), "account on two");
    }

    [Fact]
    public async Task TwoMocksOnOneFileShareVectorStoreKeysTheirRevocationAndAPublicKnowledge()
    {
        await using var one = new MockServerApp().With("State:Store", Store);
        await using var two = new MockServerApp().With("State:Store", Store);
        var browser = new RoamingBrowser("keys");
        var storeId = (await (await browser.SendAsync(one, HttpMethod.Get, "/_mock/vector-store")).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();
        AssertStatus(HttpStatusCode.Created, await browser.SendAsync(one, HttpMethod.Post, "/_mock/users",
            new { email = "pub@example.com", password = Password, name = "P", email_verified = true }), "user");

        var key = await (await browser.SendAsync(one, HttpMethod.Post, $"/_mock/vector-stores/{storeId}/keys", new { name = "Shared" })).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var knowledge = await (await browser.SendAsync(one, HttpMethod.Post, "/_mock/common-knowledge",
            new { owner_email = "pub@example.com", name = "Open", is_public = true })).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var onTwo = await KeyedAsync(two, "x-api-key", key.GetProperty("api_key").GetString()!, "/api/v1/vector-stores/me");
        var publicOnTwo = await KeyedAsync(two, "public-ck-id", $"{knowledge.GetProperty("id").GetInt32()}", "/api/v1/account/");
        AssertStatus(HttpStatusCode.NoContent, await browser.SendAsync(two, HttpMethod.Delete, $"/_mock/vector-stores/{storeId}/keys/{key.GetProperty("id").GetString()}"), "revoke on two");
        var revokedOnOne = await KeyedAsync(one, "x-api-key", key.GetProperty("api_key").GetString()!, "/api/v1/vector-stores/me");

        AssertStatus(HttpStatusCode.OK, onTwo, "the key made on one, on two");
        AssertStatus(HttpStatusCode.OK, publicOnTwo, "the public knowledge published on one, by its id on two");
        AssertStatus(HttpStatusCode.Unauthorized, revokedOnOne, "the key revoked on two, on one");
    }

    private static async Task<HttpResponseMessage> KeyedAsync(MockServerApp mock, string header, string value, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(header, value);
        request.Headers.Add("X-Mock-Tenant", "keys");
        return await mock.CreateBareClient().SendAsync(request, Ct);
    }

    [Fact]
    public async Task AResetIsRecordedToo()
    {
        var browser = new RoamingBrowser("reset");
        await using (var first = new MockServerApp().With("State:Store", Store))
        {
            AssertStatus(HttpStatusCode.Created, await browser.SignUpAsync(first, "gone@example.com"), "sign-up");
            AssertStatus(HttpStatusCode.NoContent, await browser.SendAsync(first, HttpMethod.Post, "/_mock/reset"), "reset");
        }

        await using var second = new MockServerApp().With("State:Store", Store);
        AssertStatus(HttpStatusCode.Created, await browser.SignUpAsync(second, "gone@example.com"), "the address is free again");
    }

    [Fact]
    public async Task AStoredPreferenceAndItsUsesSurviveARestart()
    {
        var browser = new RoamingBrowser("prefer");
        await using (var first = new MockServerApp().With("State:Store", Store))
        {
            AssertStatus(HttpStatusCode.Created, await browser.SendAsync(first, HttpMethod.Post, "/_mock/users",
                new { email = "outage@example.com", password = Password, name = "O", email_verified = true }), "user");
            AssertStatus(HttpStatusCode.NoContent, await browser.SignInAsync(first, "outage@example.com"), "sign-in");
            AssertStatus(HttpStatusCode.Created, await browser.SendAsync(first, HttpMethod.Post, "/_mock/preferences",
                new { operation_id = "getAccount", prefer = "code=503", times = 2 }), "a preference for two requests");
            AssertStatus(HttpStatusCode.ServiceUnavailable, await browser.AccountAsync(first), "the first use");
        }

        await using var second = new MockServerApp().With("State:Store", Store);
        AssertStatus(HttpStatusCode.ServiceUnavailable, await browser.AccountAsync(second), "the second use, after the restart");
        AssertStatus(HttpStatusCode.OK, await browser.AccountAsync(second), "no use left");
    }

    [Fact]
    public async Task AResetDiscardsWhatCameBeforeItFromTheFileAndARestartStillKeepsTheCookiesMadeAfterIt()
    {
        var browser = new RoamingBrowser("compact");
        await using (var first = new MockServerApp().With("State:Store", Store))
        {
            AssertStatus(HttpStatusCode.Created, await browser.SignUpAsync(first, "before@example.com"), "sign-up before the reset");
            AssertStatus(HttpStatusCode.NoContent, await browser.SendAsync(first, HttpMethod.Post, "/_mock/reset"), "reset");
            AssertStatus(HttpStatusCode.Created, await browser.SignUpAsync(first, "after@example.com"), "sign-up after the reset");
            AssertStatus(HttpStatusCode.OK, await browser.VerifyAsync(first, await browser.LatestCodeAsync(first, "after@example.com")), "verify");
            AssertStatus(HttpStatusCode.NoContent, await browser.SignInAsync(first, "after@example.com"), "sign-in");
        }

        var kept = await ChangesAsync("compact");
        await using var second = new MockServerApp().With("State:Store", Store);

        Assert.DoesNotContain(kept, change => change.Contains("before@example.com", StringComparison.Ordinal));
        Assert.Contains("state_was_reset", kept[0], StringComparison.Ordinal);
        AssertStatus(HttpStatusCode.OK, await browser.AccountAsync(second), "the access cookie made after the reset, after a restart");
        AssertStatus(HttpStatusCode.NoContent, await browser.RefreshAsync(second), "the refresh cookie made after the reset, after a restart");
        AssertStatus(HttpStatusCode.Created, await browser.SignUpAsync(second, "before@example.com"), "the address taken before the reset is free");
    }

    [Fact]
    public async Task ARestartedMockKeepsUsersDataAndTheKeysMadeThroughTheApi()
    {
        var browser = new RoamingBrowser("data");
        string knowledgeKey, storeKey;
        int mementoId;
        await using (var first = new MockServerApp().With("State:Store", Store))
        {
            AssertStatus(HttpStatusCode.Created, await browser.SendAsync(first, HttpMethod.Post, "/_mock/users",
                new { email = "data@example.com", password = Password, name = "D", email_verified = true }), "user");
            AssertStatus(HttpStatusCode.NoContent, await browser.SignInAsync(first, "data@example.com"), "sign-in");
            AssertStatus(HttpStatusCode.Created, await browser.SendAsync(first, HttpMethod.Post, "/api/v1/documents/memorize/",
                new { name = "Zebra note", content = "Zebras keep their stripes across restarts." }), "memorize");
            var memento = await (await browser.SendAsync(first, HttpMethod.Post, "/api/v1/mementos/", new { name = "Kept memento" })).Content.ReadFromJsonAsync<JsonElement>(Ct);
            mementoId = memento.GetProperty("id").GetInt32();
            var knowledge = await (await browser.SendAsync(first, HttpMethod.Post, "/_mock/common-knowledge",
                new { owner_email = "data@example.com", name = "Zebra knowledge" })).Content.ReadFromJsonAsync<JsonElement>(Ct);
            knowledgeKey = knowledge.GetProperty("api_key").GetString()!;
            var store = await (await browser.SendAsync(first, HttpMethod.Post, "/api/v1/vector-stores/", new { name = "Kept store" })).Content.ReadFromJsonAsync<JsonElement>(Ct);
            storeKey = store.GetProperty("api_key").GetString()!;
            using var add = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/vector-stores/{store.GetProperty("id").GetString()}/documents/create")
            {
                Content = JsonContent.Create(new { text = "Okapis are relatives of giraffes.", name = "Okapi" }),
            };
            add.Headers.Add("x-api-key", storeKey);
            add.Headers.Add("X-Mock-Tenant", "data");
            AssertStatus(HttpStatusCode.Created, await first.CreateBareClient().SendAsync(add, Ct), "vector-store document");
        }

        await using var second = new MockServerApp().With("State:Store", Store);
        var search = await (await browser.SendAsync(second, HttpMethod.Get, "/api/v1/documents/search/?q=zebra%20stripes%20restarts")).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var memento2 = await browser.SendAsync(second, HttpMethod.Get, $"/api/v1/mementos/{mementoId}/");
        using var byKnowledge = new HttpRequestMessage(HttpMethod.Get, "/api/v1/documents/search/?q=zebra%20stripes");
        byKnowledge.Headers.Add("X-API-Key", knowledgeKey);
        byKnowledge.Headers.Add("X-Mock-Tenant", "data");
        using var byStore = new HttpRequestMessage(HttpMethod.Get, "/api/v1/vector-stores/me/");
        byStore.Headers.Add("x-api-key", storeKey);
        byStore.Headers.Add("X-Mock-Tenant", "data");

        Assert.Contains(search.GetProperty("matched_chunks").EnumerateArray(), c => c.GetProperty("document").GetProperty("name").GetString() == "Zebra note");
        AssertStatus(HttpStatusCode.OK, memento2, "the memento");
        AssertStatus(HttpStatusCode.OK, await second.CreateBareClient().SendAsync(byKnowledge, Ct), "the knowledge key");
        AssertStatus(HttpStatusCode.OK, await second.CreateBareClient().SendAsync(byStore, Ct), "the vector-store key");
    }

    private async Task<List<string>> ChangesAsync(string tenant)
    {
        await using var connection = new SqliteConnection($"Data Source={_scratch.Combine("mock-state.db")};Pooling=False");
        await connection.OpenAsync(Ct);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT change FROM changes WHERE tenant = $tenant ORDER BY sequence";
        command.Parameters.AddWithValue("$tenant", tenant);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var changes = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            changes.Add(reader.GetString(0));
        }

        return changes;
    }

    public void Dispose() => _scratch.Dispose();

    private static async Task<DateTimeOffset> NowAsync(RoamingBrowser browser, MockServerApp mock) =>
        (await (await browser.SendAsync(mock, HttpMethod.Get, "/_mock/health")).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("now").GetDateTimeOffset();
}
