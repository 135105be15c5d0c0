using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Fixtures;

/// <summary>
/// A mock started with a fixture answers with the file's data: sign-in, account, documents, search, mementos, the
/// knowledge's own key (and its id alone, as it is public), the vector store with the file's key; with
/// <c>generated: false</c>, nothing else. Scenarios switch what it answers; a reset goes back to the loaded world.
/// </summary>
public sealed class FixtureLoadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AMockStartedWithTheTeamFixtureAnswersWithTheFilesData()
    {
        await using var app = new MockServerApp().WithTeam();
        var ada = await app.SignedInAsync();

        var account = await ada.GetJsonAsync("/api/v1/account/");
        var documents = await ada.GetJsonAsync("/api/v1/documents/");
        var search = await ada.GetJsonAsync("/api/v1/documents/search/?q=punched%20card%20import");
        var mementos = await ada.GetJsonAsync("/api/v1/mementos/");
        var bare = app.CreateBareClient();
        var byKey = await bare.GetJsonAsync("/api/v1/documents/", ("X-API-Key", "ck_test_123"));
        var knowledges = await bare.GetJsonAsync("/_mock/common-knowledge");
        var knowledgeId = knowledges.EnumerateArray().Single().GetProperty("id").GetInt32();
        var byId = await bare.GetJsonAsync("/api/v1/documents/", ("public-ck-id", $"{knowledgeId}"));
        var store = await bare.GetJsonAsync("/api/v1/vector-stores/me", ("x-api-key", "vs_test_456"));
        var storeSearch = await bare.GetJsonAsync($"/api/v1/vector-stores/{store.GetProperty("id").GetString()}/documents/search?q=team%20plan%20cost%20per%20seat", ("x-api-key", "vs_test_456"));

        Assert.Equal("Ada Lovelace", account.GetProperty("name").GetString());
        Assert.Equal(["#general", "Launch checklist.md", "Roadmap.md"], documents.Names()); // newest first
        Assert.Equal("Roadmap.md", search.GetProperty("matched_chunks")[0].GetProperty("document").GetProperty("name").GetString());
        var launch = Assert.Single(mementos.GetProperty("results").EnumerateArray());
        Assert.Equal("Launch", launch.GetProperty("name").GetString());
        Assert.Equal(["Launch checklist.md", "Roadmap.md"], byKey.Names().Order());
        Assert.Equal(byKey.Names(), byId.Names());
        Assert.Equal("Demo", store.GetProperty("name").GetString());
        Assert.Contains("12 dollars", storeSearch.GetProperty("matched_chunks")[0].GetProperty("matched_content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithGeneratedFalseThereIsNothingButTheFilesData()
    {
        await using var app = new MockServerApp().WithTeam();
        var bare = app.CreateBareClient();

        var users = await bare.GetJsonAsync("/_mock/users");
        var stores = await bare.GetJsonAsync("/_mock/vector-stores");
        var startupStore = await bare.GetJsonAsync("/_mock/vector-store");
        var health = await bare.GetJsonAsync("/_mock/health");

        Assert.Equal(["ada@example.com", "grace@example.com"], [.. users.EnumerateArray().Select(u => u.GetProperty("email").GetString())]);
        Assert.Equal("Demo", Assert.Single(stores.EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("Demo", startupStore.GetProperty("name").GetString());
        Assert.False(users[1].GetProperty("email_verified").GetBoolean());
        Assert.StartsWith("2026-03-01T09:0", health.GetProperty("now").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUserWhoSignsUpLaterStartsEmptyWhenTheFixtureWantsOnlyItsOwnData()
    {
        await using var app = new MockServerApp().WithTeam();
        (await app.CreateBareClient().PostAsJsonAsync("/_mock/users", new { email = "new@example.com", password = FixtureClient.Password, name = "New", email_verified = true }, Ct)).EnsureSuccessStatusCode();
        var newcomer = await app.SignedInAsync("new@example.com");

        var documents = await newcomer.GetJsonAsync("/api/v1/documents/");

        Assert.Equal(0, documents.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task WithGeneratedDataTheFilesUsersHaveExactlyTheirDocumentsBesideTheSeedsWorld()
    {
        await using var app = new MockServerApp();
        var control = app.CreateBareClient();
        (await control.LoadAsync("users: [{ email: ada@example.com, password: correct-horse, documents: [{ name: Only.md, text: just this }] }]")).EnsureSuccessStatusCode();
        (await control.PostAsJsonAsync("/_mock/users", new { email = "new@example.com", password = FixtureClient.Password, name = "New", email_verified = true }, Ct)).EnsureSuccessStatusCode();

        var ada = await (await app.SignedInAsync()).GetJsonAsync("/api/v1/documents/");
        var newcomer = await (await app.SignedInAsync("new@example.com")).GetJsonAsync("/api/v1/documents/");
        var knowledge = await control.GetJsonAsync("/_mock/common-knowledge");
        var startupStore = await control.GetJsonAsync("/_mock/vector-store");

        Assert.Equal(["Only.md"], ada.Names());
        Assert.True(newcomer.GetProperty("count").GetInt32() > 10, "a later sign-up gets generated data");
        Assert.Equal("Team Knowledge", knowledge[0].GetProperty("name").GetString());
        Assert.Equal("Product Documentation", startupStore.GetProperty("name").GetString());
    }

    [Fact]
    public async Task SwitchingScenarioChangesWhatTheApiAnswersAndResetGoesBackToTheLoadedWorld()
    {
        await using var app = new MockServerApp().WithTeam();
        var control = app.CreateBareClient();

        var toEmpty = await control.PostAsync("/_mock/fixtures?scenario=empty-account", null, Ct);
        var loaded = await control.GetJsonAsync("/_mock/fixtures/loaded");
        var empty = await (await app.SignedInAsync()).GetJsonAsync("/api/v1/documents/");
        var toBusy = await control.PostAsync("/_mock/fixtures?scenario=busy-account", null, Ct);
        var busyBrowser = await app.SignedInAsync();
        (await busyBrowser.PostAsJsonAsync("/api/v1/documents/memorize/", new { name = "Scratch", content = "made by hand" }, Ct)).EnsureSuccessStatusCode();
        var beforeReset = await busyBrowser.GetJsonAsync("/api/v1/documents/");
        (await control.PostAsync("/_mock/reset", null, Ct)).EnsureSuccessStatusCode();
        var afterReset = await (await app.SignedInAsync()).GetJsonAsync("/api/v1/documents/");

        Assert.Equal(HttpStatusCode.OK, toEmpty.StatusCode);
        Assert.Equal("empty-account", loaded.GetProperty("scenario").GetString());
        Assert.Equal(["empty-account", "busy-account"], [.. loaded.GetProperty("scenarios").EnumerateArray().Select(s => s.GetString())]);
        Assert.Equal(0, empty.GetProperty("count").GetInt32());
        Assert.Equal(HttpStatusCode.OK, toBusy.StatusCode);
        Assert.Equal(4, beforeReset.GetProperty("count").GetInt32());
        Assert.Equal(["Meeting notes 1.md", "Meeting notes 2.md", "Meeting notes 3.md"], afterReset.Names());
    }

    [Fact]
    public async Task AMockStartedWithAScenarioHasThatScenariosWorld()
    {
        await using var app = new MockServerApp().WithTeam("busy-account");

        var documents = await (await app.SignedInAsync()).GetJsonAsync("/api/v1/documents/");

        Assert.Equal(3, documents.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task TheSettingsInEffectNameTheStartUpFixtureAndScenario()
    {
        await using var app = new MockServerApp().WithTeam("busy-account");

        var fixtures = (await app.CreateBareClient().GetJsonAsync("/_mock/config")).GetProperty("fixtures");

        Assert.Equal(FixtureClient.TeamFile, fixtures.GetProperty("file").GetString());
        Assert.Equal("busy-account", fixtures.GetProperty("scenario").GetString());
    }

    [Fact]
    public async Task EveryTenantStartsFromTheStartUpFixture()
    {
        await using var app = new MockServerApp().WithTeam("busy-account");
        var control = app.CreateBareClient();

        var users = await control.GetJsonAsync("/_mock/users", ("X-Mock-Tenant", "another-team"));

        Assert.Equal(["ada@example.com"], [.. users.EnumerateArray().Select(u => u.GetProperty("email").GetString())]);
        Assert.Equal("busy-account", (await control.GetJsonAsync("/_mock/fixtures/loaded", ("X-Mock-Tenant", "another-team"))).GetProperty("scenario").GetString());
    }

    [Fact]
    public async Task EachTenantLoadsItsOwnWorld()
    {
        await using var app = new MockServerApp();
        var control = app.CreateBareClient();
        using var tenantLoad = new HttpRequestMessage(HttpMethod.Post, "/_mock/fixtures?scenario=busy-account")
        {
            Content = new StringContent(await File.ReadAllTextAsync(FixtureClient.TeamFile, Ct)),
        };
        tenantLoad.Headers.Add("X-Mock-Tenant", "team-a");

        (await control.SendAsync(tenantLoad, Ct)).EnsureSuccessStatusCode();
        var inTenant = await control.GetJsonAsync("/_mock/users", ("X-Mock-Tenant", "team-a"));
        var inDefault = await control.GetJsonAsync("/_mock/users");

        Assert.Equal(["ada@example.com"], [.. inTenant.EnumerateArray().Select(u => u.GetProperty("email").GetString())]);
        Assert.DoesNotContain(inDefault.EnumerateArray(), u => u.GetProperty("email").GetString() == "ada@example.com");
    }

    [Fact]
    public async Task TheSchemaIsServed()
    {
        await using var app = new MockServerApp();

        var response = await app.CreateBareClient().GetAsync("/_mock/fixtures.schema.json", Ct);
        var schema = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal("application/schema+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(RepositoryFiles.Root, "spec", "fixtures.schema.json"), Ct), await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("object", schema.GetProperty("type").GetString());
    }
}
