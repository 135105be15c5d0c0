using System.Net;
using System.Net.Http.Json;
using System.Text;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Data;

public sealed class VectorStoresApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static MultipartFormDataContent Files(params (string Name, string Text)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, text) in files)
        {
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "files", name);
        }

        return form;
    }

    [Fact]
    public async Task DocumentsAreCreatedUploadedRenamedSearchedAndDeleted()
    {
        await using var app = new MockServerApp();
        var (client, store) = await app.PrimaryStoreClientAsync();
        var documents = $"/api/v1/vector-stores/{store}/documents";

        var created = await client.PostAsJsonAsync($"{documents}/create", new { name = "Capybara guide", text = "Capybaras enjoy warm water and company." }, Ct);
        var uploaded = await client.PostAsync($"{documents}/upload", Files(("capybara.md", "# Capybara habitat\nCapybaras live near rivers."), ("archive.zip", "PK")), Ct);
        var createdBody = await created.JsonAsync();
        var id = createdBody.GetProperty("id").GetInt32();
        var beforeIndexing = await client.GetJsonAsync($"{documents}/search?q=capybara");
        await app.Clock.AdvanceAsync(TimeSpan.FromSeconds(5));
        var renamed = await (await client.PatchAsJsonAsync($"{documents}/{id}/", new { name = "Capybara handbook" }, Ct)).JsonAsync();
        var search = await client.GetJsonAsync($"{documents}/search?q=capybaras%20warm%20water&n=1&t=0.5");
        var deleted = await client.DeleteAsync($"{documents}/{id}/", Ct);
        var listed = await client.GetJsonAsync(documents);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("processing", createdBody.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.MultiStatus, uploaded.StatusCode);
        var upload = await uploaded.JsonAsync();
        Assert.Equal("capybara.md", Assert.Single(upload.GetProperty("documents").Items()).GetProperty("name").GetString());
        Assert.Equal("archive.zip", Assert.Single(upload.GetProperty("errors").Items()).GetProperty("file").GetString());
        Assert.Empty(beforeIndexing.GetProperty("matched_chunks").Items());
        Assert.Equal(("Capybara handbook", "indexed", "completed"),
            (renamed.GetProperty("name").GetString(), renamed.GetProperty("status").GetString(), renamed.GetProperty("processing_status").GetString()));
        var match = Assert.Single(search.GetProperty("matched_chunks").Items());
        Assert.Equal(id, match.GetProperty("document").GetProperty("id").GetInt32());
        Assert.Equal(store, search.GetProperty("vector_store").GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.DoesNotContain(listed.Items(), d => d.GetProperty("id").GetInt32() == id);
        Assert.Contains(listed.Items(), d => d.GetProperty("name").GetString() == "capybara.md");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{documents}/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task SearchHonoursThresholdAndNeighbours()
    {
        await using var app = new MockServerApp().With("Data:WordsPerChunk", "5");
        var (client, store) = await app.PrimaryStoreClientAsync();
        await client.PostAsJsonAsync($"/api/v1/vector-stores/{store}/documents/create",
            new { name = "Chunks", text = "one two three four five okapi seven eight nine ten eleven twelve thirteen fourteen fifteen" }, Ct);
        await app.Clock.AdvanceAsync(TimeSpan.FromMinutes(1));

        var alone = await client.GetJsonAsync($"/api/v1/vector-stores/{store}/documents/search?q=okapi");
        var wide = await client.GetJsonAsync($"/api/v1/vector-stores/{store}/documents/search?q=okapi&prev_chunks=1&next_chunks=1");
        var strict = await client.GetJsonAsync($"/api/v1/vector-stores/{store}/documents/search?q=okapi%20zebra&t=0.9");

        Assert.Equal("okapi seven eight nine ten", Assert.Single(alone.GetProperty("matched_chunks").Items()).GetProperty("matched_content").GetString());
        Assert.Equal("one two three four five okapi seven eight nine ten eleven twelve thirteen fourteen fifteen",
            wide.GetProperty("matched_chunks")[0].GetProperty("matched_content").GetString());
        Assert.Empty(strict.GetProperty("matched_chunks").Items());
    }

    [Fact]
    public async Task AKeyReachesOnlyItsOwnStore()
    {
        await using var app = new MockServerApp();
        var (primary, primaryId) = await app.PrimaryStoreClientAsync();
        var (second, secondId) = await app.SecondStoreClientAsync();
        var primaryDocument = (await primary.GetJsonAsync($"/api/v1/vector-stores/{primaryId}/documents"))[0].GetProperty("id").GetInt32();

        Assert.Equal(secondId, (await second.GetJsonAsync("/api/v1/vector-stores/me")).GetProperty("id").GetString());
        Assert.Empty((await second.GetJsonAsync($"/api/v1/vector-stores/{secondId}/documents")).Items());
        Assert.Equal(HttpStatusCode.NotFound, (await second.GetAsync($"/api/v1/vector-stores/{primaryId}/documents", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await second.GetAsync($"/api/v1/vector-stores/{primaryId}/documents/{primaryDocument}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await second.GetAsync($"/api/v1/vector-stores/{secondId}/documents/{primaryDocument}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await second.DeleteAsync($"/api/v1/vector-stores/{primaryId}/documents/{primaryDocument}/", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await primary.GetAsync($"/api/v1/vector-stores/{primaryId}/documents/{primaryDocument}", Ct)).StatusCode);
    }

    [Fact]
    public async Task MissingOrUnknownKeysAre401()
    {
        await using var app = new MockServerApp();

        var missing = await app.CreateBareClient().GetAsync("/api/v1/vector-stores/me", Ct);
        var unknown = await app.KeyClient("not-a-key").GetAsync("/api/v1/vector-stores/me", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("Authentication credentials were not provided.", (await missing.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal("Invalid API key.", (await unknown.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task UploadsWithoutFilesOrWithTooManyAreRefusedWhole()
    {
        await using var app = new MockServerApp();
        var (client, store) = await app.PrimaryStoreClientAsync();
        var upload = $"/api/v1/vector-stores/{store}/documents/upload";
        var before = (await client.GetJsonAsync($"/api/v1/vector-stores/{store}/documents")).GetArrayLength();

        var none = await client.PostAsync(upload, new MultipartFormDataContent { { new StringContent("x"), "other" } }, Ct);
        var many = await client.PostAsync(upload, Files([.. Enumerable.Range(0, 21).Select(i => ($"f{i}.txt", "text"))]), Ct);
        var json = await client.PostAsJsonAsync(upload, new { files = "x" }, Ct);
        var all = await client.PostAsync(upload, Files(("a.txt", "alpha"), ("b.md", "beta")), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal("No file was submitted.", (await none.JsonAsync()).GetProperty("files")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, many.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(HttpStatusCode.Created, all.StatusCode);
        Assert.Equal(before + 2, (await client.GetJsonAsync($"/api/v1/vector-stores/{store}/documents")).GetArrayLength());
    }
}
