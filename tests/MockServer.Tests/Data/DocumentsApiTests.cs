using System.Net;
using System.Net.Http.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Data;

public sealed class DocumentsApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MemorizedTextIsListedFirstAndFoundBySearch()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var stored = await browser.PostAsJsonAsync("/api/v1/documents/memorize/", new { name = "Offsite notes", content = "The zanzibar offsite agenda covers the roadmap." }, Ct);
        var memorized = await browser.GetJsonAsync("/api/v1/documents/?integration_type=memorize");
        var newest = (await browser.GetJsonAsync("/api/v1/documents/")).GetProperty("results")[0];
        var search = await browser.GetJsonAsync("/api/v1/documents/search/?q=zanzibar");

        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        var answer = await stored.JsonAsync();
        Assert.Equal("success", answer.GetProperty("code").GetString());
        Assert.Equal(newest.GetProperty("id").GetInt32(), Assert.Single(answer.GetProperty("data").Items()).GetProperty("id").GetInt32());
        Assert.Equal(1, memorized.GetProperty("count").GetInt32());
        Assert.Equal("Offsite notes", newest.GetProperty("name").GetString());
        Assert.Equal("memorize", newest.GetProperty("integration_type").GetString());
        Assert.Equal(newest.GetProperty("id").GetInt32(), newest.GetProperty("pk").GetInt32());
        var match = Assert.Single(search.GetProperty("matched_chunks").Items());
        Assert.Equal("The zanzibar offsite agenda covers the roadmap.", match.GetProperty("matched_content").GetString());
        Assert.Equal("memorize", match.GetProperty("document").GetProperty("integration").GetProperty("integration_type").GetString());
        Assert.Equal("memorize", Assert.Single(search.GetProperty("data_sources").Items()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task SearchRanksRepeatedMentionsFirstAndLeavesUnrelatedTextOut()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        await browser.PostAsJsonAsync("/api/v1/documents/memorize/", new { name = "Once", content = "The quokka zibbet was shared with the team on Monday morning." }, Ct);
        await browser.PostAsJsonAsync("/api/v1/documents/memorize/", new { name = "Twice", content = "The quokka zibbet and the revised quokka zibbet were shared." }, Ct);
        await browser.PostAsJsonAsync("/api/v1/documents/memorize/", new { name = "Unrelated", content = "Lunch is served in the kitchen at noon." }, Ct);

        var search = await browser.GetJsonAsync("/api/v1/documents/search/?q=quokka%20zibbet&n=10");

        var names = search.GetProperty("matched_chunks").Items().Select(c => c.GetProperty("document").GetProperty("name").GetString()).ToList();
        Assert.Equal(["Twice", "Once"], names);
        var distances = search.GetProperty("matched_chunks").Items().Select(c => c.GetProperty("distance").GetDouble()).ToList();
        Assert.True(distances[0] < distances[1]);
        Assert.All(distances, d => Assert.InRange(d, 0, 1));
    }

    [Fact]
    public async Task PagesLinkToEachOtherAndAPagePastTheEndIs404()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var first = await browser.GetJsonAsync("/api/v1/documents/?page_size=5&integration_type=google_drive");
        var count = first.GetProperty("count").GetInt32();
        var second = await browser.GetJsonAsync(first.GetProperty("next").GetString()!);
        var last = (count + 4) / 5;
        var past = await browser.GetAsync($"/api/v1/documents/?page={last + 1}&page_size=5&integration_type=google_drive", Ct);

        Assert.Equal("http://localhost/api/v1/documents/?page=2&page_size=5&integration_type=google_drive", first.GetProperty("next").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, first.GetProperty("previous").ValueKind);
        Assert.Equal("http://localhost/api/v1/documents/?page_size=5&integration_type=google_drive", second.GetProperty("previous").GetString());
        Assert.Equal(5, second.GetProperty("results").GetArrayLength());
        Assert.All(second.GetProperty("results").Items(), d => Assert.Equal("google_drive", d.GetProperty("integration_type").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, past.StatusCode);
        Assert.Equal("Invalid page.", (await past.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(0, (await browser.GetJsonAsync("/api/v1/documents/?integration_type=memorize")).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task SameSeedGivesTheSameDocumentsAndAnotherSeedDoesNot()
    {
        // Files only: channel messages are dated relative to the clock at seeding, which differs between the apps.
        static async Task<string> DocumentsOf(MockServerApp app) =>
            await (await (await app.SignedInBrowserAsync()).GetAsync("/api/v1/documents/?page_size=1000&integration_type=google_drive", Ct)).Content.ReadAsStringAsync(Ct);

        await using var one = new MockServerApp();
        await using var two = new MockServerApp();
        await using var other = new MockServerApp().With("MockServer:Seed", "42");

        var first = await DocumentsOf(one);
        Assert.Equal(first, await DocumentsOf(two));
        Assert.NotEqual(first, await DocumentsOf(other));
    }

    [Fact]
    public async Task ContentsArePagedByChunkAndOtherUsersDocumentsAreNotFound()
    {
        await using var app = new MockServerApp();
        var ada = await app.SignedInBrowserAsync();
        var bob = await app.SignedInBrowserAsync("bob@example.com");
        var words = string.Join(' ', Enumerable.Range(0, 450).Select(i => $"word{i}"));
        await ada.PostAsJsonAsync("/api/v1/documents/memorize/", new { name = "Long", content = words }, Ct);
        var id = (await ada.GetJsonAsync("/api/v1/documents/?integration_type=memorize")).GetProperty("results")[0].GetProperty("id").GetInt32();

        // end_chunk is the last chunk returned, in the query and in the answer: the next read starts after it.
        var head = await ada.GetJsonAsync($"/api/v1/documents/{id}/contents/?start_chunk=0&end_chunk=1");
        var rest = await ada.GetJsonAsync($"/api/v1/documents/{id}/contents/?start_chunk=2");
        var past = await ada.GetJsonAsync($"/api/v1/documents/{id}/contents/?start_chunk=9");
        var backwards = await ada.GetAsync($"/api/v1/documents/{id}/contents/?start_chunk=3&end_chunk=1", Ct);

        Assert.Equal(1, head.GetProperty("end_chunk").GetInt32());
        Assert.Equal(4, rest.GetProperty("end_chunk").GetInt32());
        Assert.Equal(words, head.GetProperty("content").GetString() + rest.GetProperty("content").GetString());
        Assert.Equal(("", 8), (past.GetProperty("content").GetString(), past.GetProperty("end_chunk").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.GetAsync($"/api/v1/documents/{id}/contents/", Ct)).StatusCode);
        Assert.Empty((await bob.GetJsonAsync("/api/v1/documents/search/?q=word1")).GetProperty("matched_chunks").Items());
    }

    [Fact]
    public async Task IntegrationStatisticsFollowTheDocuments()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        await browser.PostAsJsonAsync("/api/v1/documents/memorize/", new { name = "Note", content = "Twelve bytes" }, Ct);

        var integrations = (await browser.GetJsonAsync("/api/v1/integrations/")).GetProperty("data").Items().ToList();
        var documents = await browser.GetJsonAsync("/api/v1/documents/?page_size=1000");

        var memorize = integrations.Single(i => i.GetProperty("integration_type").GetString() == "memorize").GetProperty("document_stats");
        Assert.Equal((1, 12), (memorize.GetProperty("document_count").GetInt32(), memorize.GetProperty("total_size").GetInt32()));
        Assert.Equal(documents.GetProperty("count").GetInt32(), integrations.Sum(i => i.GetProperty("document_stats").GetProperty("document_count").GetInt32()));
        Assert.Contains(integrations, i => i.GetProperty("integration_type").GetString() == "slack");
    }
}
