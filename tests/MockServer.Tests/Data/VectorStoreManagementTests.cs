using System.Net;
using System.Net.Http.Json;
using Rememberizer.Contract.Fake.VectorStores;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Data;

/// <summary>A signed-in user creates vector stores and reads the choices they offer.</summary>
public sealed class VectorStoreManagementTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConfigsListTheModelsWithTheirDimensionsDefaultsFirst()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var configs = await browser.GetJsonAsync("/api/v1/vector-stores/configs");

        Assert.Equal(VectorStoreChoices.EmbeddingModels.Select(m => (m.Name, m.Dimension)),
            configs.GetProperty("embedding_models").Items().Select(m => (m.GetProperty("name").GetString()!, m.GetProperty("vector_dimension").GetInt32())));
        Assert.Equal("ivfflat", configs.GetProperty("indexing_algorithms")[0].GetProperty("name").GetString());
        Assert.Equal("cosine_distance", configs.GetProperty("search_metrics")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task ACreatedStoreComesWithAKeyThatReachesIt()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await browser.PostAsJsonAsync("/api/v1/vector-stores/", new { name = "Support articles", embedding_model = "openai/text-embedding-3-small", indexing_algorithm = "hnsw" }, Ct);
        var created = await response.JsonAsync();
        var key = app.KeyClient(created.GetProperty("api_key").GetString()!);
        var me = await key.GetJsonAsync("/api/v1/vector-stores/me");
        var documents = await key.GetJsonAsync($"/api/v1/vector-stores/{created.GetProperty("id").GetString()}/documents");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(created.GetProperty("id").GetString(), me.GetProperty("id").GetString());
        Assert.Equal(1536, me.GetProperty("vector_dimension").GetInt32());
        Assert.Equal("hnsw", me.GetProperty("indexing_algorithm").GetString());
        Assert.Equal("cosine_distance", me.GetProperty("search_metric").GetString());
        Assert.Empty(documents.Items());
    }

    [Fact]
    public async Task InvalidSettingsAre400AndCreateNothing()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        var stores = (await app.CreateBareClient().GetJsonAsync("/_mock/vector-stores")).GetArrayLength();

        var tooWide = await browser.PostAsJsonAsync("/api/v1/vector-stores/", new { name = "Wide", vector_dimension = 1024 }, Ct);
        var unknownModel = await browser.PostAsJsonAsync("/api/v1/vector-stores/", new { name = "Odd", embedding_model = "word2vec" }, Ct);
        var noName = await browser.PostAsJsonAsync("/api/v1/vector-stores/", new { description = "nameless" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, tooWide.StatusCode);
        Assert.Equal(["Ensure this value is at most 768 for sentence-transformers/all-mpnet-base-v2."], (await tooWide.FieldErrorsAsync())["vector_dimension"]);
        Assert.True((await unknownModel.FieldErrorsAsync()).ContainsKey("embedding_model"));
        Assert.True((await noName.FieldErrorsAsync()).ContainsKey("name"));
        Assert.Equal(stores, (await app.CreateBareClient().GetJsonAsync("/_mock/vector-stores")).GetArrayLength());
    }

    [Fact]
    public async Task DeletingAUserRemovesTheStoresItMadeAndTheirKeysStopWorking()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        var control = app.CreateBareClient();
        var created = await (await browser.PostAsJsonAsync("/api/v1/vector-stores/", new { name = "Doomed" }, Ct)).JsonAsync();
        var key = app.KeyClient(created.GetProperty("api_key").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await key.GetAsync("/api/v1/vector-stores/me", Ct)).StatusCode);
        var userId = (await browser.GetJsonAsync("/api/v1/account/")).GetProperty("id").GetInt32();
        var (primary, _) = await app.PrimaryStoreClientAsync();
        Assert.Contains((await control.GetJsonAsync("/_mock/vector-stores")).Items(), s => s.GetProperty("id").GetString() == created.GetProperty("id").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await control.DeleteAsync($"/_mock/users/{userId}", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await key.GetAsync("/api/v1/vector-stores/me", Ct)).StatusCode);
        Assert.DoesNotContain((await control.GetJsonAsync("/_mock/vector-stores")).Items(), s => s.GetProperty("id").GetString() == created.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, (await primary.GetAsync("/api/v1/vector-stores/me", Ct)).StatusCode);
    }

    [Fact]
    public async Task ManagementNeedsASessionNotAKey()
    {
        await using var app = new MockServerApp();
        var (store, _) = await app.PrimaryStoreClientAsync();

        var anonymous = await app.CreateBareClient().PostAsJsonAsync("/api/v1/vector-stores/", new { name = "X" }, Ct);
        var withStoreKey = await store.GetAsync("/api/v1/vector-stores/configs", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withStoreKey.StatusCode);
    }
}
