using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Tests.Data;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Keys;

/// <summary>
/// Several named keys per vector store, made and revoked through the control API (the real service does it in its
/// web app): each reaches its store until it is revoked, and revoking one leaves the others working.
/// </summary>
public sealed class VectorStoreKeysTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> StoreIdAsync(MockServerApp app) =>
        (await app.CreateBareClient().GetJsonAsync("/_mock/vector-store")).GetProperty("id").GetString()!;

    private static async Task<HttpStatusCode> ReachAsync(MockServerApp app, string key) =>
        (await app.KeyClient(key).GetAsync("/api/v1/vector-stores/me", Ct)).StatusCode;

    [Fact]
    public async Task NamedKeysEachReachTheStoreUntilRevoked()
    {
        await using var app = new MockServerApp();
        var control = app.CreateBareClient();
        var storeId = await StoreIdAsync(app);
        var startupKey = (await control.GetJsonAsync("/_mock/vector-store")).GetProperty("api_key").GetString()!;

        var ci = await (await control.PostAsJsonAsync($"/_mock/vector-stores/{storeId}/keys", new { name = "CI" }, Ct)).JsonAsync();
        var staging = await (await control.PostAsJsonAsync($"/_mock/vector-stores/{storeId}/keys", new { name = "Staging" }, Ct)).JsonAsync();
        var listed = (await control.GetJsonAsync($"/_mock/vector-stores/{storeId}/keys")).Items().ToList();
        var ciKey = ci.GetProperty("api_key").GetString()!;
        var stagingKey = staging.GetProperty("api_key").GetString()!;
        var store = await app.KeyClient(ciKey).GetJsonAsync("/api/v1/vector-stores/me");

        Assert.Equal(["Default", "CI", "Staging"], listed.Select(k => k.GetProperty("name").GetString()));
        Assert.Equal(startupKey, listed[0].GetProperty("api_key").GetString());
        Assert.Equal(storeId, store.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, await ReachAsync(app, stagingKey));

        var revoked = await control.DeleteAsync($"/_mock/vector-stores/{storeId}/keys/{ci.GetProperty("id").GetString()}", Ct);
        var afterRevoke = await app.KeyClient(ciKey).GetAsync("/api/v1/vector-stores/me", Ct);

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
        Assert.Equal("Invalid API key.", (await afterRevoke.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, await ReachAsync(app, stagingKey));
        Assert.Equal(HttpStatusCode.OK, await ReachAsync(app, startupKey));
        Assert.Equal(["Default", "Staging"], (await control.GetJsonAsync($"/_mock/vector-stores/{storeId}/keys")).Items().Select(k => k.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task TheStoresListingShowsTheKeysThatWorkAndNoRevokedOne()
    {
        await using var app = new MockServerApp();
        var control = app.CreateBareClient();
        var storeId = await StoreIdAsync(app);
        var ci = await (await control.PostAsJsonAsync($"/_mock/vector-stores/{storeId}/keys", new { name = "CI" }, Ct)).JsonAsync();
        var defaultKey = (await control.GetJsonAsync($"/_mock/vector-stores/{storeId}/keys")).Items().First();

        await control.DeleteAsync($"/_mock/vector-stores/{storeId}/keys/{defaultKey.GetProperty("id").GetString()}", Ct);
        var startup = await control.GetJsonAsync("/_mock/vector-store");
        var listed = (await control.GetJsonAsync("/_mock/vector-stores")).Items().Single(s => s.GetProperty("id").GetString() == storeId);

        Assert.Equal(ci.GetProperty("api_key").GetString(), startup.GetProperty("api_key").GetString());
        Assert.Equal(HttpStatusCode.OK, await ReachAsync(app, startup.GetProperty("api_key").GetString()!));
        Assert.Equal(["CI"], listed.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("name").GetString()));

        await control.DeleteAsync($"/_mock/vector-stores/{storeId}/keys/{ci.GetProperty("id").GetString()}", Ct);
        Assert.Equal(JsonValueKind.Null, (await control.GetJsonAsync("/_mock/vector-store")).GetProperty("api_key").ValueKind);
    }

    [Fact]
    public async Task AKeyReachesOnlyItsOwnStore()
    {
        await using var app = new MockServerApp();
        var (_, otherStoreId) = await app.SecondStoreClientAsync();
        var control = app.CreateBareClient();
        var key = (await (await control.PostAsJsonAsync($"/_mock/vector-stores/{otherStoreId}/keys", new { name = "Other" }, Ct)).JsonAsync()).GetProperty("api_key").GetString()!;

        var me = await app.KeyClient(key).GetJsonAsync("/api/v1/vector-stores/me");
        var primaryDocuments = await app.KeyClient(key).GetAsync($"/api/v1/vector-stores/{await StoreIdAsync(app)}/documents", Ct);

        Assert.Equal(otherStoreId, me.GetProperty("id").GetString());
        Assert.NotEqual(HttpStatusCode.OK, primaryDocuments.StatusCode);
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"name": ""}""")]
    [InlineData("""{"name": 7}""")]
    public async Task AKeyWithoutAProperNameIsRefusedByFieldAndNothingIsMade(string body)
    {
        await using var app = new MockServerApp();
        var control = app.CreateBareClient();
        var storeId = await StoreIdAsync(app);

        var response = await control.PostAsync($"/_mock/vector-stores/{storeId}/keys", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).TryGetProperty("name", out _));
        Assert.Single((await control.GetJsonAsync($"/_mock/vector-stores/{storeId}/keys")).Items());
    }

    [Fact]
    public async Task UnknownStoresAndKeysAre404s()
    {
        await using var app = new MockServerApp();
        var control = app.CreateBareClient();
        var storeId = await StoreIdAsync(app);

        Assert.Equal(HttpStatusCode.NotFound, (await control.GetAsync("/_mock/vector-stores/vs_nope/keys", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await control.PostAsJsonAsync("/_mock/vector-stores/vs_nope/keys", new { name = "X" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await control.DeleteAsync($"/_mock/vector-stores/{storeId}/keys/vsk_nope", Ct)).StatusCode);
        Assert.Single((await control.GetJsonAsync($"/_mock/vector-stores/{storeId}/keys")).Items());
    }

    [Fact]
    public async Task TheConfigsListTheLargeModelWith1536Dimensions()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var configs = await browser.GetJsonAsync("/api/v1/vector-stores/configs");
        var tooWide = await browser.PostAsJsonAsync("/api/v1/vector-stores/", new { name = "Wide", embedding_model = "openai/text-embedding-3-large", vector_dimension = 3072 }, Ct);
        var large = await browser.PostAsJsonAsync("/api/v1/vector-stores/", new { name = "Large", embedding_model = "openai/text-embedding-3-large" }, Ct);

        var models = configs.GetProperty("embedding_models").Items().ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("vector_dimension").GetInt32());
        Assert.Equal(1536, models["openai/text-embedding-3-large"]);
        Assert.Equal(1536, models["openai/text-embedding-3-small"]);
        Assert.Equal(HttpStatusCode.BadRequest, tooWide.StatusCode);
        Assert.Equal(HttpStatusCode.Created, large.StatusCode);
        Assert.Equal(1536, (await large.JsonAsync()).GetProperty("vector_dimension").GetInt32());
    }
}
