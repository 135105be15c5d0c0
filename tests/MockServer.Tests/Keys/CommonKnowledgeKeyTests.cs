using System.Net;
using System.Net.Http.Json;
using Rememberizer.Contract.MockServer.Tests.Data;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Keys;

/// <summary>A common-knowledge key reads its owner's published memento, and nothing else, without a session.</summary>
public sealed class CommonKnowledgeKeyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Ada, signed in, with a memento holding her two newest Drive files, published as a knowledge.</summary>
    private static async Task<(HttpClient Ada, HttpClient Key, int[] Published, int MementoId)> PublishedMementoAsync(MockServerApp app)
    {
        var ada = await app.SignedInBrowserAsync();
        var drive = (await ada.GetJsonAsync("/api/v1/documents/?integration_type=google_drive&page_size=2")).GetProperty("results").Items()
            .Select(d => d.GetProperty("id").GetInt32()).ToArray();
        var memento = (await (await ada.PostAsJsonAsync("/api/v1/mementos/", new { name = "Shared" }, Ct)).JsonAsync()).GetProperty("id").GetInt32();
        (await ada.PostAsJsonAsync($"/api/v1/mementos/memento_document/{memento}/", new { add = drive.Select(id => $"{id}") }, Ct)).EnsureSuccessStatusCode();
        var (key, _, _) = await app.PublishAsync("ada@example.com", "Ada's notes", memento);
        return (ada, app.KeyClient(key), drive, memento);
    }

    [Fact]
    public async Task StartupKnowledgeIsListedAndItsKeyReadsTheOwnersAccount()
    {
        await using var app = new MockServerApp();
        var listed = await app.CreateBareClient().GetJsonAsync("/_mock/common-knowledge");
        var key = app.KeyClient(listed[0].GetProperty("api_key").GetString()!);

        var account = await key.GetJsonAsync("/api/v1/account/");
        var me = await key.GetJsonAsync("/api/v1/me/");

        Assert.Equal("Team Knowledge", listed[0].GetProperty("name").GetString());
        Assert.Equal("publisher@example.com", listed[0].GetProperty("owner_email").GetString());
        Assert.Equal("publisher@example.com", account.GetProperty("email").GetString());
        Assert.Contains("Team Knowledge", account.GetProperty("datasource_description").GetString());
        Assert.Equal(account.GetProperty("id").GetInt32(), me.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task KeySeesOnlyThePublishedDocuments()
    {
        await using var app = new MockServerApp();
        var (ada, key, published, _) = await PublishedMementoAsync(app);
        var unpublished = (await ada.GetJsonAsync("/api/v1/documents/?integration_type=slack")).GetProperty("results")[0].GetProperty("id").GetInt32();

        var listed = await key.GetJsonAsync("/api/v1/documents/?page_size=100");
        var contents = await key.GetAsync($"/api/v1/documents/{published[0]}/contents/", Ct);
        var hidden = await key.GetAsync($"/api/v1/documents/{unpublished}/contents/", Ct);
        var hiddenChannel = await key.GetAsync($"/api/v1/discussions/{unpublished}/contents/?integration_type=slack", Ct);
        var integrations = (await key.GetJsonAsync("/api/v1/integrations/")).GetProperty("data").Items().ToList();

        Assert.Equal(published.Order(), listed.GetProperty("results").Items().Select(d => d.GetProperty("id").GetInt32()).Order());
        Assert.Equal(2, listed.GetProperty("count").GetInt32());
        Assert.Equal(HttpStatusCode.OK, contents.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hiddenChannel.StatusCode);
        Assert.Equal(["google_drive", "memorize"], integrations.Select(i => i.GetProperty("integration_type").GetString()).Order());
        Assert.Equal(2, integrations.Sum(i => i.GetProperty("document_stats").GetProperty("document_count").GetInt32()));
    }

    [Fact]
    public async Task SearchThroughAKeyFindsOnlyPublishedText()
    {
        await using var app = new MockServerApp();
        var (ada, key, _, _) = await PublishedMementoAsync(app);
        await ada.PostAsJsonAsync("/api/v1/documents/memorize/", new { name = "Private", content = "The zanzibar merger stays private." }, Ct);

        var bySession = await ada.GetJsonAsync("/api/v1/documents/search/?q=zanzibar+merger");
        var byKey = await key.GetJsonAsync("/api/v1/documents/search/?q=zanzibar+merger");

        Assert.NotEmpty(bySession.GetProperty("matched_chunks").Items());
        Assert.Empty(byKey.GetProperty("matched_chunks").Items());
    }

    [Fact]
    public async Task TextMemorizedThroughAKeyIsPublishedAndFoundAgain()
    {
        await using var app = new MockServerApp();
        var (ada, key, _, memento) = await PublishedMementoAsync(app);

        var stored = await key.PostAsJsonAsync("/api/v1/documents/memorize/", new { name = "From the app", content = "The quokka launch moves to May." }, Ct);
        var found = await key.GetJsonAsync("/api/v1/documents/search/?q=quokka+launch");
        var inMemento = await ada.GetJsonAsync($"/api/v1/mementos/{memento}/");

        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        var id = (await stored.JsonAsync()).GetProperty("data")[0].GetProperty("id").GetInt32();
        Assert.Equal(id, Assert.Single(found.GetProperty("matched_chunks").Items()).GetProperty("document").GetProperty("id").GetInt32());
        Assert.Contains(inMemento.GetProperty("documents").Items(), d => d.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task OwnerSeesTheKeyInTheSubscribedListOthersDoNot()
    {
        await using var app = new MockServerApp();
        var (ada, _, _, memento) = await PublishedMementoAsync(app);
        var bob = await app.SignedInBrowserAsync("bob@example.com");

        var adas = (await ada.GetJsonAsync("/api/v1/common-knowledge/subscribed-list/")).Items().ToList();
        var bobs = (await bob.GetJsonAsync("/api/v1/common-knowledge/subscribed-list/")).Items().ToList();

        var own = Assert.Single(adas, k => k.GetProperty("published_by_me").GetBoolean());
        Assert.Equal(memento, own.GetProperty("memento").GetInt32());
        Assert.Equal(32, own.GetProperty("api_key").GetString()!.Length);
        Assert.All(bobs, k => Assert.Null(k.GetProperty("api_key").GetString()));
        Assert.All(adas.Where(k => !k.GetProperty("published_by_me").GetBoolean()), k => Assert.Null(k.GetProperty("api_key").GetString()));
    }

    [Fact]
    public async Task StartupKnowledgeSurvivesAResetWithTheSameKeyAndPublishedOnesDoNot()
    {
        await using var app = new MockServerApp();
        var startup = await app.StartupKnowledgeKeyAsync();
        await app.SignedInBrowserAsync();
        var (published, _, _) = await app.PublishAsync("ada@example.com", "Everything of Ada");

        (await app.CreateBareClient().PostAsync("/_mock/reset", null, Ct)).EnsureSuccessStatusCode();

        Assert.Equal(startup, await app.StartupKnowledgeKeyAsync());
        Assert.Equal(HttpStatusCode.OK, (await app.KeyClient(startup).GetAsync("/api/v1/documents/", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.KeyClient(published).GetAsync("/api/v1/documents/", Ct)).StatusCode);
    }

    [Fact]
    public async Task PublishingWithoutAMementoSharesEverythingTheOwnerHasInANewMemento()
    {
        await using var app = new MockServerApp();
        var ada = await app.SignedInBrowserAsync();
        var before = (await ada.GetJsonAsync("/api/v1/mementos/")).GetProperty("count").GetInt32();

        var (key, _, memento) = await app.PublishAsync("ada@example.com", "All of it");
        var all = (await ada.GetJsonAsync("/api/v1/documents/?page_size=1")).GetProperty("count").GetInt32();
        var subscribed = (await ada.GetJsonAsync("/api/v1/documents/?integration_type=common_knowledge&page_size=1")).GetProperty("count").GetInt32();

        Assert.Equal(before + 1, (await ada.GetJsonAsync("/api/v1/mementos/")).GetProperty("count").GetInt32());
        Assert.Equal("All of it", (await ada.GetJsonAsync($"/api/v1/mementos/{memento}/")).GetProperty("name").GetString());
        Assert.Equal(all - subscribed, (await app.KeyClient(key).GetJsonAsync("/api/v1/documents/?page_size=1")).GetProperty("count").GetInt32());
    }
}
