using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Data;

/// <summary>Happy and documented error paths of the data operations, each answer checked against the spec.</summary>
public sealed class DataConformanceTests
{
    private static readonly HttpMethod Post = HttpMethod.Post;
    private static readonly HttpMethod Patch = HttpMethod.Patch;

    private static StringContent Text(string text) => new(text, System.Text.Encoding.UTF8, "text/plain");

    private static object Huge => new { name = "Big", content = new string('a', 1_100_000), text = new string('a', 1_100_000) };

    [Fact]
    public async Task DocumentOperationsConform()
    {
        await using var app = new MockServerApp();
        var c = await ConformanceContext.CreateAsync(app);
        var probe = new ContractProbe();
        var b = c.Browser;

        await probe.GetAsync(b, "/api/v1/integrations/", 200);
        await probe.GetAsync(b, "/api/v1/common-knowledge/subscribed-list/", 200);
        await probe.GetAsync(b, "/api/v1/documents/?page=2&page_size=3&integration_type=google_drive", 200);
        await probe.GetAsync(b, "/api/v1/documents/?integration_type=memorize", 200);
        await probe.GetAsync(b, "/api/v1/documents/?page=0", 400);
        await probe.GetAsync(b, "/api/v1/documents/?page=500", 404);
        await probe.JsonAsync(b, Post, "/api/v1/documents/memorize/", new { name = "Plan", content = "The budget plan for the offsite." }, 201);
        await probe.JsonAsync(b, Post, "/api/v1/documents/memorize/", new { name = "Plan" }, 400);
        await probe.JsonAsync(b, Post, "/api/v1/documents/memorize/", Huge, 413);
        await probe.SendAsync(b, Post, "/api/v1/documents/memorize/", Text("plain"), 415);
        await probe.SendAsync(b, Post, "/api/v1/documents/memorize/", new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"), 400);
        await probe.GetAsync(b, "/api/v1/documents/search/?q=budget%20plan&n=5&from=2000-01-01T00:00:00Z&prev_chunks=1&next_chunks=1", 200);
        await probe.GetAsync(b, "/api/v1/documents/search/", 400);
        await probe.GetAsync(b, $"/api/v1/documents/{c.DocumentId}/contents/?start_chunk=1", 200);
        await probe.GetAsync(b, $"/api/v1/documents/{c.DocumentId}/contents/?start_chunk=2&end_chunk=1", 400);
        await probe.GetAsync(b, "/api/v1/documents/1/contents/", 404);
        await probe.JsonAsync(b, Post, "/api/v1/documents/agentic_search/", new { query = "budget", n_chunks = 2, user_context = (string?)null, to = "2030-01-01T00:00:00Z" }, 200);
        await probe.JsonAsync(b, Post, "/api/v1/documents/agentic_search/", new { n_chunks = 2 }, 400);
        await probe.SendAsync(b, Post, "/api/v1/documents/agentic_search/", Text("budget"), 415);
        await probe.GetAsync(b, $"/api/v1/discussions/{c.ChannelId}/contents/?integration_type=slack&from=2020-01-01T00:00:00Z", 200);
        await probe.GetAsync(b, $"/api/v1/discussions/{c.ChannelId}/contents/?integration_type=slack&from=2024-01-02T00:00:00Z&to=2024-01-01T00:00:00Z", 400);
        await probe.GetAsync(b, $"/api/v1/discussions/{c.DocumentId}/contents/?integration_type=slack", 404);

        probe.AssertClean();
    }

    [Fact]
    public async Task MementoOperationsConform()
    {
        await using var app = new MockServerApp();
        var c = await ConformanceContext.CreateAsync(app);
        var probe = new ContractProbe();
        var (b, m) = (c.Browser, $"/api/v1/mementos/{c.MementoId}/");

        await probe.GetAsync(b, "/api/v1/mementos/?page_size=1&page=2", 200);
        await probe.GetAsync(b, "/api/v1/mementos/?page_size=0", 400);
        await probe.GetAsync(b, "/api/v1/mementos/?page=9", 404);
        await probe.JsonAsync(b, Post, "/api/v1/mementos/", new { name = "New" }, 201);
        await probe.JsonAsync(b, Post, "/api/v1/mementos/", new { }, 400);
        await probe.SendAsync(b, Post, "/api/v1/mementos/", Text("New"), 415);
        await probe.GetAsync(b, m, 200);
        await probe.GetAsync(b, "/api/v1/mementos/1/", 404);
        await probe.JsonAsync(b, Patch, m, new { name = "Renamed" }, 200);
        await probe.JsonAsync(b, Patch, m, new { name = "" }, 400);
        await probe.JsonAsync(b, Patch, "/api/v1/mementos/1/", new { name = "Renamed" }, 404);
        await probe.SendAsync(b, Patch, m, Text("Renamed"), 415);
        await probe.JsonAsync(b, Post, $"/api/v1/mementos/memento_document/{c.MementoId}/", new { add = new[] { $"{c.DocumentId}" }, folder_add = new[] { "/Documents" } }, 200);
        await probe.JsonAsync(b, Post, $"/api/v1/mementos/memento_document/{c.MementoId}/", new { remove = new[] { "x" } }, 400);
        await probe.JsonAsync(b, Post, "/api/v1/mementos/memento_document/1/", new { add = Array.Empty<string>() }, 404);
        await probe.SendAsync(b, Post, $"/api/v1/mementos/memento_document/{c.MementoId}/", Text("{}"), 415);
        await probe.SendAsync(b, HttpMethod.Delete, $"/api/v1/mementos/{c.SpareMementoId}/", null, 204);
        await probe.SendAsync(b, HttpMethod.Delete, $"/api/v1/mementos/{c.SpareMementoId}/", null, 404);

        probe.AssertClean();
    }

    [Fact]
    public async Task VectorStoreOperationsConform()
    {
        await using var app = new MockServerApp();
        var c = await ConformanceContext.CreateAsync(app);
        var probe = new ContractProbe();
        var (k, docs, other) = (c.KeyClient, $"/api/v1/vector-stores/{c.StoreId}/documents", "/api/v1/vector-stores/vs_0000000000000000/documents");

        await probe.GetAsync(k, "/api/v1/vector-stores/me", 200);
        await probe.GetAsync(k, docs, 200);
        await probe.GetAsync(k, other, 404);
        await probe.GetAsync(k, $"{docs}/{c.StoreDocumentId}", 200);
        await probe.GetAsync(k, $"{docs}/1", 404);
        await probe.JsonAsync(k, Post, $"{docs}/create", new { name = "Overview", text = "Product overview." }, 201);
        await probe.JsonAsync(k, Post, $"{docs}/create", new { name = "Overview", document_name = "x" }, 400);
        await probe.JsonAsync(k, Post, $"{other}/create", new { name = "Overview", text = "Product overview." }, 404);
        await probe.JsonAsync(k, Post, $"{docs}/create", Huge, 413);
        await probe.SendAsync(k, Post, $"{docs}/create", Text("Overview"), 415);
        await probe.SendAsync(k, Post, $"{docs}/upload", ConformanceContext.Upload("a.md", "b.pdf"), 201);
        await probe.SendAsync(k, Post, $"{docs}/upload", ConformanceContext.Upload("a.md", "b.exe"), 207);
        await probe.SendAsync(k, Post, $"{docs}/upload", new MultipartFormDataContent { { new StringContent("x"), "note" } }, 400);
        await probe.SendAsync(k, Post, $"{other}/upload", ConformanceContext.Upload("a.md"), 404);
        await probe.SendAsync(k, Post, $"{docs}/upload", Text("a"), 415);
        await probe.JsonAsync(k, Patch, $"{docs}/{c.StoreDocumentId}/", new { name = "Renamed.pdf" }, 200);
        await probe.JsonAsync(k, Patch, $"{docs}/{c.StoreDocumentId}/", new { }, 200);
        await probe.JsonAsync(k, Patch, $"{docs}/{c.StoreDocumentId}/", new { name = "" }, 400);
        await probe.JsonAsync(k, Patch, $"{docs}/1/", new { name = "Renamed.pdf" }, 404);
        await probe.SendAsync(k, Patch, $"{docs}/{c.StoreDocumentId}/", Text("x"), 415);
        await probe.SendAsync(k, HttpMethod.Delete, $"{docs}/{c.SpareStoreDocumentId}/", null, 204);
        await probe.SendAsync(k, HttpMethod.Delete, $"{docs}/{c.SpareStoreDocumentId}/", null, 404);
        await probe.GetAsync(k, $"{docs}/search?q=security%20audit&n=3&t=0.1&prev_chunks=1&next_chunks=1", 200);
        await probe.GetAsync(k, $"{docs}/search?q=x&t=2", 400);
        await probe.GetAsync(k, $"{other}/search?q=x", 404);

        probe.AssertClean();
    }

    [Fact]
    public async Task CommonKnowledgeKeyOperationsConform()
    {
        await using var app = new MockServerApp();
        var c = await ConformanceContext.CreateAsync(app);
        var probe = new ContractProbe();
        var key = app.KeyClient(await app.StartupKnowledgeKeyAsync());
        var wrong = app.KeyClient("wrong-key");
        var published = await key.GetJsonAsync("/api/v1/documents/?integration_type=google_drive");
        var channel = (await key.GetJsonAsync("/api/v1/documents/?integration_type=discord")).GetProperty("results")[0].GetProperty("id").GetInt32();

        await probe.GetAsync(key, "/api/v1/account/", 200);
        await probe.GetAsync(key, "/api/v1/me/", 200);
        await probe.GetAsync(key, "/api/v1/integrations/", 200);
        await probe.GetAsync(key, "/api/v1/documents/?page=1&page_size=100", 200);
        await probe.GetAsync(key, "/api/v1/documents/search/?q=integration&n=5&from=&to=", 200);
        await probe.GetAsync(key, $"/api/v1/documents/{published.GetProperty("results")[0].GetProperty("id").GetInt32()}/contents/", 200);
        await probe.GetAsync(key, $"/api/v1/documents/{c.DocumentId}/contents/", 404);
        await probe.GetAsync(key, $"/api/v1/discussions/{channel}/contents/?integration_type=discord", 200);
        await probe.JsonAsync(key, Post, "/api/v1/documents/memorize/", new { name = "Note", content = "Remember the launch." }, 201);
        await probe.JsonAsync(key, Post, "/api/v1/documents/agentic_search/", new { query = "launch", n_chunks = 5, user_context = (string?)null }, 200);
        await probe.GetAsync(wrong, "/api/v1/documents/", 401);
        await probe.GetAsync(wrong, "/api/v1/account/", 401);
        await probe.GetAsync(key, "/api/v1/mementos/", 403);
        await probe.GetAsync(key, "/api/v1/common-knowledge/subscribed-list/", 403);
        await probe.GetAsync(key, "/api/v1/vector-stores/me", 403);
        await probe.GetAsync(key, "/api/v1/vector-stores/configs", 403);
        await probe.GetAsync(c.KeyClient, "/api/v1/account/", 403);
        await probe.GetAsync(c.KeyClient, "/api/v1/documents/", 403);
        await probe.JsonAsync(key, Post, "/api/v1/auth/verify-email/", new { verification_code = "123456" }, 403);

        probe.AssertClean();
    }
}
