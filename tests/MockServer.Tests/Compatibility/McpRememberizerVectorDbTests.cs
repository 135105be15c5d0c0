using System.Net;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Tests.Data;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Compatibility;

/// <summary>
/// mcp-rememberizer-vectordb 0.1.3 (skydeckai/mcp-rememberizer-vectordb, <c>server.py</c> and <c>utils.py</c>):
/// every request it sends with the vector store's key the mock prints at start-up. It reads the store's id from
/// <c>vector-stores/me/</c> once, iterates the document list as a JSON array, and treats 204 as "no body".
/// </summary>
public sealed class McpRememberizerVectorDbTests
{
    private static async Task<(ClientReplay Client, string StoreId)> ServeAsync(MockServerApp app)
    {
        var store = await app.CreateBareClient().GetJsonAsync("/_mock/vector-store");
        var mcp = ClientReplay.Httpx(app, store.GetProperty("api_key").GetString()!);

        // serve(): response = await client.get("vector-stores/me/"); vector_store_id = response.get("id")
        var me = await mcp.GetAsync("vector-stores/me/");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        return (mcp, (await me.JsonAsync()).GetProperty("id").GetString()!);
    }

    private static async Task<int> FirstDocumentIdAsync(ClientReplay mcp, string storeId) =>
        (await (await mcp.GetAsync($"vector-stores/{storeId}/documents/")).JsonAsync())[0].GetProperty("id").GetInt32();

    [Fact]
    public async Task VectorDatabaseInformation()
    {
        await using var app = new MockServerApp();
        var (mcp, storeId) = await ServeAsync(app);

        var info = await (await mcp.GetAsync("vector-stores/me/")).JsonAsync();

        Assert.Equal(storeId, info.GetProperty("id").GetString());
        Assert.Equal("cosine_distance", info.GetProperty("search_metric").GetString());
    }

    [Fact]
    public async Task ResourcesAndTheListDocumentsToolIterateAnArray()
    {
        await using var app = new MockServerApp();
        var (mcp, storeId) = await ServeAsync(app);

        var resources = await mcp.GetAsync($"vector-stores/{storeId}/documents/");
        var tool = await mcp.GetAsync($"vector-stores/{storeId}/documents/", ("page", 1), ("page_size", 100));
        var id = await FirstDocumentIdAsync(mcp, storeId);
        var read = await mcp.GetAsync($"vector-stores/{storeId}/documents/{id}/");

        Assert.Equal(JsonValueKind.Array, (await resources.JsonAsync()).ValueKind);
        Assert.All((await tool.JsonAsync()).Items(), d => Assert.False(string.IsNullOrEmpty(d.GetProperty("name").GetString())));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(id, (await read.JsonAsync()).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task SearchWithAWholeQuestionAndNoThresholdFindsTheIntegrationGuide()
    {
        await using var app = new MockServerApp();
        var (mcp, storeId) = await ServeAsync(app);

        var response = await mcp.GetAsync($"vector-stores/{storeId}/documents/search", ("q", "How to integrate our product with third-party systems"), ("n", 5));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var chunks = (await response.JsonAsync()).GetProperty("matched_chunks").Items().ToList();
        Assert.NotEmpty(chunks);
        Assert.Equal("Integration Guide.pdf", chunks[0].GetProperty("document").GetProperty("name").GetString());
    }

    [Fact]
    public async Task AgenticSearch()
    {
        await using var app = new MockServerApp();
        var (mcp, storeId) = await ServeAsync(app);

        var response = await mcp.PostJsonAsync($"vector-stores/{storeId}/documents/agentic_search",
            """{"query": "How is data encrypted?", "n_chunks": 5, "user_context": null}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var chunks = (await response.JsonAsync()).GetProperty("matched_chunks").Items().ToList();
        Assert.InRange(chunks.Count, 1, 5);
        Assert.Equal("Security Whitepaper.pdf", chunks[0].GetProperty("document").GetProperty("name").GetString());
    }

    [Fact]
    public async Task CreateDocumentWithAndWithoutADocumentName()
    {
        await using var app = new MockServerApp();
        var (mcp, storeId) = await ServeAsync(app);

        var named = await mcp.PostJsonAsync($"vector-stores/{storeId}/documents/create", """{"text": "Refunds are issued within 14 days.", "document_name": "Refund policy"}""");
        var unnamed = await mcp.PostJsonAsync($"vector-stores/{storeId}/documents/create", """{"text": "Support answers within one business day.", "document_name": null}""");

        Assert.Equal(HttpStatusCode.Created, named.StatusCode);
        Assert.Equal("Refund policy", (await named.JsonAsync()).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Created, unnamed.StatusCode);
        Assert.Equal("Support answers within one business day.", (await unnamed.JsonAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task ModifyThenDeleteADocument()
    {
        await using var app = new MockServerApp();
        var (mcp, storeId) = await ServeAsync(app);
        var id = await FirstDocumentIdAsync(mcp, storeId);

        var renamed = await mcp.PatchJsonAsync($"vector-stores/{storeId}/documents/{id}/", """{"name": "Renamed by the assistant"}""");
        var unchanged = await mcp.PatchJsonAsync($"vector-stores/{storeId}/documents/{id}/", "{}");
        var deleted = await mcp.DeleteAsync($"vector-stores/{storeId}/documents/{id}/");
        var gone = await mcp.GetAsync($"vector-stores/{storeId}/documents/{id}/");

        Assert.Equal("Renamed by the assistant", (await renamed.JsonAsync()).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}
