using System.Globalization;
using System.Net;
using Rememberizer.Contract.MockServer.Tests.Data;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Compatibility;

/// <summary>
/// rememberizer-mcp-us-patent-ck 0.1.4 (skydeckai/rememberizer-mcp-us-patent-ck, <c>server.py</c> and
/// <c>utils.py</c>), one of Rememberizer's per-knowledge MCP servers: every request it sends, with the id of the
/// start-up knowledge in place of its hard-wired <c>REMEMBERIZER_CK_ID</c>, and the fields it reads. Its httpx
/// client sends <c>Content-Type: application/json</c> and <c>public-ck-id</c> on every request and no key; a 401
/// is an error to it, any other status's JSON body is handed to the model as it is.
/// </summary>
public sealed class McpUsPatentCkTests
{
    private static async Task<ClientReplay> ClientAsync(MockServerApp app)
    {
        var id = (await app.CreateBareClient().GetJsonAsync("/_mock/common-knowledge"))[0].GetProperty("id").GetInt32();
        return ClientReplay.HttpxPublicKnowledge(app, id.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task RememberizerAccountInformation()
    {
        await using var app = new MockServerApp();
        var mcp = await ClientAsync(app);

        var response = await mcp.GetAsync("account/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var account = await response.JsonAsync();
        Assert.False(string.IsNullOrEmpty(account.GetProperty("name").GetString()));
        Assert.False(string.IsNullOrEmpty(account.GetProperty("email").GetString()));
    }

    [Fact]
    public async Task RetrieveSemanticallySimilarInternalKnowledge()
    {
        await using var app = new MockServerApp();
        var mcp = await ClientAsync(app);

        // params = {"q": match_this, "n": 5, "from": None, "to": None}: httpx sends from=&to=.
        var response = await mcp.GetAsync("documents/search/", ("q", "How to integrate Rememberizer with custom applications"), ("n", 5), ("from", null), ("to", null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange((await response.JsonAsync()).GetProperty("matched_chunks").GetArrayLength(), 1, 5);
    }

    [Fact]
    public async Task SmartSearchInternalKnowledge()
    {
        await using var app = new MockServerApp();
        var mcp = await ClientAsync(app);

        var response = await mcp.PostJsonAsync("documents/agentic_search/",
            """{"query": "How to integrate Rememberizer with custom applications", "n_chunks": 5, "user_context": null, "from": null, "to": null}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.JsonAsync();
        Assert.NotEmpty(answer.GetProperty("matched_chunks").Items());
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("result").GetString()));
        Assert.NotEmpty(answer.GetProperty("metadata").GetProperty("iterations").Items());
    }

    [Fact]
    public async Task SmartSearchThatFindsNothingGetsTheGuidanceForm()
    {
        await using var app = new MockServerApp();
        var mcp = await ClientAsync(app);

        var response = await mcp.PostJsonAsync("documents/agentic_search/",
            """{"query": "xylophone quokka marzipan", "n_chunks": 5, "user_context": null, "from": null, "to": null}""");

        // add_empty_results_guidance: empty matched_chunks and a message without "Unable to complete" earn guidance
        // that points the model at `result` and `metadata.iterations`, so both must be there to read.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.JsonAsync();
        Assert.Empty(answer.GetProperty("matched_chunks").Items());
        Assert.DoesNotContain("Unable to complete", answer.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("result").GetString()));
        Assert.Single(answer.GetProperty("metadata").GetProperty("iterations").Items());
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
    public async Task ResourcesAreListedAndReadByTheirUris()
    {
        await using var app = new MockServerApp();
        var mcp = await ClientAsync(app);

        // list_resources: GET documents/ (no parameters), rememberizer://{slack|document}/{pk} for every result.
        var documents = (await (await mcp.GetAsync("documents/")).JsonAsync()).GetProperty("results").Items().ToList();
        var file = documents.First(d => d.GetProperty("integration_type").GetString() != "slack");
        var channel = (await (await mcp.GetAsync("documents/", ("integration_type", "slack"))).JsonAsync()).GetProperty("results")[0];

        var contents = await mcp.GetAsync($"documents/{file.GetProperty("pk").GetInt32()}/contents/");
        var discussion = await mcp.GetAsync($"discussions/{channel.GetProperty("pk").GetInt32()}/contents/?integration_type=slack");

        Assert.All(documents, d => Assert.False(string.IsNullOrEmpty(d.GetProperty("name").GetString())));
        Assert.Equal(HttpStatusCode.OK, contents.StatusCode);
        Assert.False(string.IsNullOrEmpty((await contents.JsonAsync()).GetProperty("content").GetString()));
        Assert.Equal(HttpStatusCode.OK, discussion.StatusCode);
        Assert.False(string.IsNullOrEmpty((await discussion.JsonAsync()).GetProperty("discussion_content").GetString()));
    }

    [Fact]
    public async Task RememberThisGetsAJsonRefusalTheServerPassesOn()
    {
        await using var app = new MockServerApp();
        var mcp = await ClientAsync(app);

        var response = await mcp.PostJsonAsync("documents/memorize/", """{"name": "Standup 12 May", "content": "The zephyr rollout is paused."}""");

        // Not a 401, which the server would turn into "check your token": the refusal reaches the model as JSON.
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("public-ck-id", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnUnconfiguredIdIsA401AsTheServerExpects()
    {
        await using var app = new MockServerApp();

        // The template's placeholder, as a server built without substituting it would send.
        var mcp = ClientReplay.HttpxPublicKnowledge(app, "{{CK_ID}}");

        Assert.Equal(HttpStatusCode.Unauthorized, (await mcp.GetAsync("account/")).StatusCode);
    }
}
