using System.Net;
using Rememberizer.Contract.MockServer.Tests.Data;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Compatibility;

/// <summary>
/// mcp-server-rememberizer 0.1.6 (skydeckai/mcp-server-rememberizer, <c>server.py</c> and <c>utils.py</c>):
/// every request it sends, with the common-knowledge key the mock prints at start-up, and the fields it reads.
/// Its httpx client sends <c>Content-Type: application/json</c> and <c>X-API-Key</c> on every request, and any
/// status other than 2xx is an error to it, as is a body that is not JSON.
/// </summary>
public sealed class McpServerRememberizerTests
{
    private static async Task<ClientReplay> ClientAsync(MockServerApp app) => ClientReplay.Httpx(app, await app.StartupKnowledgeKeyAsync());

    [Fact]
    public async Task ListToolsReadsTheAccountsDataSourceDescription()
    {
        await using var app = new MockServerApp();
        var mcp = await ClientAsync(app);

        var account = await mcp.GetAsync("account/");

        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.False(string.IsNullOrEmpty((await account.JsonAsync()).GetProperty("datasource_description").GetString()));
    }

    [Fact]
    public async Task RetrieveSemanticallySimilarInternalKnowledgeWithoutDates()
    {
        await using var app = new MockServerApp();
        var mcp = await ClientAsync(app);

        // params = {"q": match_this, "n": 5, "from": None, "to": None}: httpx sends from=&to=.
        var response = await mcp.GetAsync("documents/search/", ("q", "How to integrate Rememberizer with custom applications"), ("n", 5), ("from", null), ("to", null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var chunks = (await response.JsonAsync()).GetProperty("matched_chunks").Items().ToList();
        Assert.InRange(chunks.Count, 1, 5);
        Assert.Contains(chunks, c => c.GetProperty("document").GetProperty("name").GetString()!.Contains("Integration", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RetrieveSemanticallySimilarInternalKnowledgeWithinDates()
    {
        await using var app = new MockServerApp();
        var mcp = await ClientAsync(app);

        var response = await mcp.GetAsync("documents/search/", ("q", "search filters release"), ("n", 3), ("from", "2020-01-01T00:00:00Z"), ("to", "2100-01-01T00:00:00Z"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await response.JsonAsync()).GetProperty("matched_chunks").Items());
    }

    [Fact]
    public async Task SmartSearchInternalKnowledge()
    {
        await using var app = new MockServerApp();
        var mcp = await ClientAsync(app);

        var response = await mcp.PostJsonAsync("documents/agentic_search/",
            """{"query": "What did we decide about the search filters?", "n_chunks": 5, "user_context": null, "from": null, "to": null}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await response.JsonAsync()).GetProperty("matched_chunks").Items());
    }

    [Fact]
    public async Task ListInternalKnowledgeSystems()
    {
        await using var app = new MockServerApp();
        var mcp = await ClientAsync(app);

        var response = await mcp.GetAsync("integrations/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await response.JsonAsync()).GetProperty("data").Items());
    }

    [Fact]
    public async Task ListPersonalTeamKnowledgeDocuments()
    {
        await using var app = new MockServerApp();
        var mcp = await ClientAsync(app);

        var response = await mcp.GetAsync("documents/", ("page", 1), ("page_size", 100));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await response.JsonAsync()).GetProperty("results").Items());
    }

    [Fact]
    public async Task RememberThisAnswersJsonAndTheTextIsFoundAgain()
    {
        await using var app = new MockServerApp();
        var mcp = await ClientAsync(app);

        var stored = await mcp.PostJsonAsync("documents/memorize/", """{"name": "Standup 12 May", "content": "The zephyr rollout is paused until the audit ends."}""");
        var found = await mcp.GetAsync("documents/search/", ("q", "zephyr rollout"), ("n", 5), ("from", null), ("to", null));

        Assert.True(stored.IsSuccessStatusCode);
        Assert.Equal("success", (await stored.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal("Standup 12 May", (await found.JsonAsync()).GetProperty("matched_chunks")[0].GetProperty("document").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ResourcesAreListedAndReadByTheirUris()
    {
        await using var app = new MockServerApp();
        var mcp = await ClientAsync(app);

        // list_resources: GET documents/ and rememberizer://{slack|document}/{pk} for every result.
        var documents = (await (await mcp.GetAsync("documents/")).JsonAsync()).GetProperty("results").Items().ToList();
        var file = documents.First(d => d.GetProperty("integration_type").GetString() != "slack");
        var channel = (await (await mcp.GetAsync("documents/", ("integration_type", "slack"))).JsonAsync()).GetProperty("results")[0];

        // read_resource: documents/{id}/contents/ and discussions/{id}/contents/?integration_type=slack (no dates).
        var contents = await mcp.GetAsync($"documents/{file.GetProperty("pk").GetInt32()}/contents/");
        var discussion = await mcp.GetAsync($"discussions/{channel.GetProperty("pk").GetInt32()}/contents/?integration_type=slack");

        Assert.All(documents, d => Assert.False(string.IsNullOrEmpty(d.GetProperty("name").GetString())));
        Assert.Equal(HttpStatusCode.OK, contents.StatusCode);
        Assert.False(string.IsNullOrEmpty((await contents.JsonAsync()).GetProperty("content").GetString()));
        Assert.Equal(HttpStatusCode.OK, discussion.StatusCode);
        Assert.False(string.IsNullOrEmpty((await discussion.JsonAsync()).GetProperty("discussion_content").GetString()), "the default window shows recent messages");
    }

    [Fact]
    public async Task AWrongTokenIsA401AsTheServerExpects()
    {
        await using var app = new MockServerApp();
        var mcp = ClientReplay.Httpx(app, "REMEMBERIZER_API_TOKEN-typo");

        Assert.Equal(HttpStatusCode.Unauthorized, (await mcp.GetAsync("account/")).StatusCode);
    }
}
