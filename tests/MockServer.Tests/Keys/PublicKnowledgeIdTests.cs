using System.Net;
using System.Net.Http.Json;
using Rememberizer.Contract.MockServer.Tests.Data;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Keys;

/// <summary>
/// <c>public-ck-id</c>: the id of a public common knowledge reads it without any key, as the knowledge's key
/// does, and changes nothing; an unknown id is a 401 and a private one a 403, both naming the header.
/// </summary>
public sealed class PublicKnowledgeIdTests
{
    private const string Header = "public-ck-id";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(int Id, string ApiKey)> StartupKnowledgeAsync(MockServerApp app)
    {
        var listed = (await app.CreateBareClient().GetJsonAsync("/_mock/common-knowledge"))[0];
        return (listed.GetProperty("id").GetInt32(), listed.GetProperty("api_key").GetString()!);
    }

    private static HttpClient PublicClient(MockServerApp app, string id)
    {
        var client = app.CreateBareClient();
        client.DefaultRequestHeaders.Add(Header, id);
        return client;
    }

    [Fact]
    public async Task TheStartupKnowledgeIsPublicAndItsIdReadsWhatItsKeyReads()
    {
        await using var app = new MockServerApp();
        var (id, apiKey) = await StartupKnowledgeAsync(app);
        var byId = PublicClient(app, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var byKey = app.KeyClient(apiKey);

        var listed = (await app.CreateBareClient().GetJsonAsync("/_mock/common-knowledge"))[0];
        var documents = await byId.GetJsonAsync("/api/v1/documents/?page_size=100");
        var keyDocuments = await byKey.GetJsonAsync("/api/v1/documents/?page_size=100");
        var account = await byId.GetJsonAsync("/api/v1/account/");
        var integrations = await byId.GetAsync("/api/v1/integrations/", Ct);
        var search = await byId.GetJsonAsync("/api/v1/documents/search/?q=How%20to%20integrate%20Rememberizer%20with%20custom%20applications&n=5");
        var agentic = await byId.PostAsJsonAsync("/api/v1/documents/agentic_search/", new { query = "How to integrate Rememberizer with custom applications", n_chunks = 5 }, Ct);
        var file = documents.GetProperty("results").Items().First(d => d.GetProperty("integration_type").GetString() is not ("slack" or "discord"));
        var channel = documents.GetProperty("results").Items().First(d => d.GetProperty("integration_type").GetString() == "slack");
        var contents = await byId.GetAsync($"/api/v1/documents/{file.GetProperty("id").GetInt32()}/contents/", Ct);
        var discussion = await byId.GetAsync($"/api/v1/discussions/{channel.GetProperty("id").GetInt32()}/contents/?integration_type=slack", Ct);

        Assert.True(listed.GetProperty("is_public").GetBoolean());
        Assert.Equal(keyDocuments.GetProperty("count").GetInt32(), documents.GetProperty("count").GetInt32());
        Assert.Equal("publisher@example.com", account.GetProperty("email").GetString());
        Assert.Contains("Team Knowledge", account.GetProperty("datasource_description").GetString());
        Assert.Equal(HttpStatusCode.OK, integrations.StatusCode);
        Assert.NotEmpty(search.GetProperty("matched_chunks").Items());
        Assert.Equal(HttpStatusCode.OK, agentic.StatusCode);
        Assert.Equal(HttpStatusCode.OK, contents.StatusCode);
        Assert.Equal(HttpStatusCode.OK, discussion.StatusCode);
    }

    [Fact]
    public async Task MemorizingWithThePublicIdIsRefusedAndStoresNothing()
    {
        await using var app = new MockServerApp();
        var (id, apiKey) = await StartupKnowledgeAsync(app);
        var byId = PublicClient(app, $"{id}");
        var before = (await app.KeyClient(apiKey).GetJsonAsync("/api/v1/documents/")).GetProperty("count").GetInt32();

        var memorize = await byId.PostAsJsonAsync("/api/v1/documents/memorize/", new { name = "Graffiti", content = "Anyone could write here." }, Ct);
        var after = (await app.KeyClient(apiKey).GetJsonAsync("/api/v1/documents/")).GetProperty("count").GetInt32();

        Assert.Equal(HttpStatusCode.Forbidden, memorize.StatusCode);
        Assert.Contains("public-ck-id", (await memorize.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task OtherEndpointsRefuseThePublicId()
    {
        await using var app = new MockServerApp();
        var (id, _) = await StartupKnowledgeAsync(app);

        var mementos = await PublicClient(app, $"{id}").GetAsync("/api/v1/mementos/", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, mementos.StatusCode);
        Assert.Contains("public-ck-id", (await mementos.JsonAsync()).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("not-a-number")]
    [InlineData("-1")]
    public async Task AnUnknownIdIsA401NamingTheHeader(string id)
    {
        await using var app = new MockServerApp();

        var response = await PublicClient(app, id).GetAsync("/api/v1/documents/", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Invalid public-ck-id header: no common knowledge has this id.", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task APrivateKnowledgeIsA403UntilItsOwnerMakesItPublic()
    {
        await using var app = new MockServerApp();
        await app.SignedInBrowserAsync();
        var (apiKey, id, _) = await app.PublishAsync("ada@example.com", "Ada's notes");
        var control = app.CreateBareClient();

        var listed = (await control.GetJsonAsync("/_mock/common-knowledge")).Items().Single(k => k.GetProperty("id").GetInt32() == id);
        var refused = await PublicClient(app, $"{id}").GetAsync("/api/v1/documents/", Ct);
        var published = await control.PatchAsJsonAsync($"/_mock/common-knowledge/{id}", new { is_public = true }, Ct);
        var read = await PublicClient(app, $"{id}").GetAsync("/api/v1/documents/", Ct);
        var hidden = await control.PatchAsJsonAsync($"/_mock/common-knowledge/{id}", new { is_public = false }, Ct);
        var refusedAgain = await PublicClient(app, $"{id}").GetAsync("/api/v1/documents/", Ct);

        Assert.False(listed.GetProperty("is_public").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("The common knowledge named by the public-ck-id header is not public.", (await refused.JsonAsync()).GetProperty("detail").GetString());
        Assert.True((await published.JsonAsync()).GetProperty("is_public").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.False((await hidden.JsonAsync()).GetProperty("is_public").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, refusedAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.KeyClient(apiKey).GetAsync("/api/v1/documents/", Ct)).StatusCode);
    }

    [Fact]
    public async Task AKnowledgePublishedPublicThroughTheControlApiIsReadByItsId()
    {
        await using var app = new MockServerApp();
        await app.SignedInBrowserAsync();

        var created = await app.CreateBareClient().PostAsJsonAsync("/_mock/common-knowledge", new { owner_email = "ada@example.com", name = "Open notes", is_public = true }, Ct);
        var id = (await created.JsonAsync()).GetProperty("id").GetInt32();
        var account = await PublicClient(app, $"{id}").GetJsonAsync("/api/v1/account/");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("ada@example.com", account.GetProperty("email").GetString());
    }

    [Fact]
    public async Task ABadVisibilityChangeIsRefusedByFieldAndChangesNothing()
    {
        await using var app = new MockServerApp();
        var (id, _) = await StartupKnowledgeAsync(app);
        var control = app.CreateBareClient();

        var wrongType = await control.PatchAsJsonAsync($"/_mock/common-knowledge/{id}", new { is_public = "yes" }, Ct);
        var missing = await control.PatchAsJsonAsync($"/_mock/common-knowledge/{id}", new { }, Ct);
        var unknown = await control.PatchAsJsonAsync("/_mock/common-knowledge/999999", new { is_public = true }, Ct);
        var still = await PublicClient(app, $"{id}").GetAsync("/api/v1/account/", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.True((await wrongType.JsonAsync()).TryGetProperty("is_public", out _));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task AKeySentAlongsideWinsOverThePublicId()
    {
        await using var app = new MockServerApp();
        var client = PublicClient(app, "999999");
        client.DefaultRequestHeaders.Add("x-api-key", (await StartupKnowledgeAsync(app)).ApiKey);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/account/", Ct)).StatusCode);
    }
}
