using System.Net;
using System.Net.Http.Json;
using Rememberizer.Contract.MockServer.Tests.Data;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Keys;

/// <summary>Wrong, revoked and misplaced keys get DRF-shaped 401s and 403s that say what is wrong.</summary>
public sealed class KeyRejectionTests
{
    private const string InvalidKey = "Invalid API key.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnknownKeyIsInvalidAndNoCredentialIsNotProvided()
    {
        await using var app = new MockServerApp();

        var wrong = await app.KeyClient("not-a-real-key").GetAsync("/api/v1/documents/", Ct);
        var none = await app.CreateBareClient().GetAsync("/api/v1/documents/", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(InvalidKey, await wrong.DetailAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("Authentication credentials were not provided.", await none.DetailAsync());
    }

    [Theory]
    [InlineData("/api/v1/mementos/")]
    [InlineData("/api/v1/common-knowledge/subscribed-list/")]
    [InlineData("/api/v1/vector-stores/configs")]
    public async Task CommonKnowledgeKeyOnASessionEndpointIs403(string path)
    {
        await using var app = new MockServerApp();

        var response = await app.KeyClient(await app.StartupKnowledgeKeyAsync()).GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("This endpoint does not accept API keys; sign in instead.", await response.DetailAsync());
    }

    [Fact]
    public async Task CommonKnowledgeKeyOnAVectorStoreIs403AndAStoreKeyOnUserDataIs403()
    {
        await using var app = new MockServerApp();
        var (store, storeId) = await app.PrimaryStoreClientAsync();
        var knowledge = app.KeyClient(await app.StartupKnowledgeKeyAsync());

        var knowledgeOnStore = await knowledge.GetAsync($"/api/v1/vector-stores/{storeId}/documents", Ct);
        var storeOnDocuments = await store.GetAsync("/api/v1/documents/", Ct);
        var storeOnAccount = await store.GetAsync("/api/v1/account/", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, knowledgeOnStore.StatusCode);
        Assert.Contains("does not reach vector stores", await knowledgeOnStore.DetailAsync());
        Assert.Equal(HttpStatusCode.Forbidden, storeOnDocuments.StatusCode);
        Assert.Contains("reaches only the /vector-stores/", await storeOnDocuments.DetailAsync());
        Assert.Equal(HttpStatusCode.Forbidden, storeOnAccount.StatusCode);
    }

    [Fact]
    public async Task WithdrawnKnowledgeAndARegeneratedKeyStopWorkingAtOnce()
    {
        await using var app = new MockServerApp();
        await app.SignedInBrowserAsync();
        var control = app.CreateBareClient();
        var (first, firstId, _) = await app.PublishAsync("ada@example.com", "First");
        var (second, secondId, _) = await app.PublishAsync("ada@example.com", "Second");

        var renewed = await (await control.PostAsync($"/_mock/common-knowledge/{firstId}/regenerate-key", null, Ct)).JsonAsync();
        var withdrawn = await control.DeleteAsync($"/_mock/common-knowledge/{secondId}", Ct);
        var again = await control.DeleteAsync($"/_mock/common-knowledge/{secondId}", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.KeyClient(first).GetAsync("/api/v1/documents/", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.KeyClient(renewed.GetProperty("api_key").GetString()!).GetAsync("/api/v1/documents/", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        var gone = await app.KeyClient(second).GetAsync("/api/v1/account/", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, gone.StatusCode);
        Assert.Equal(InvalidKey, await gone.DetailAsync());
    }

    [Fact]
    public async Task DeletingThePublishedMementoWithdrawsTheKnowledge()
    {
        await using var app = new MockServerApp();
        var ada = await app.SignedInBrowserAsync();
        var (key, id, memento) = await app.PublishAsync("ada@example.com", "Short-lived");

        (await ada.DeleteAsync($"/api/v1/mementos/{memento}/", Ct)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.KeyClient(key).GetAsync("/api/v1/documents/", Ct)).StatusCode);
        Assert.DoesNotContain((await ada.GetJsonAsync("/api/v1/common-knowledge/subscribed-list/")).Items(), k => k.GetProperty("published_by_me").GetBoolean());
        Assert.DoesNotContain((await app.CreateBareClient().GetJsonAsync("/_mock/common-knowledge")).Items(), k => k.GetProperty("id").GetInt32() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBareClient().PostAsync($"/_mock/common-knowledge/{id}/regenerate-key", null, Ct)).StatusCode);
    }

    [Fact]
    public async Task AnAuthorizationHeaderOfAnotherKindDoesNotHideTheKey()
    {
        await using var app = new MockServerApp();
        var key = app.KeyClient(await app.StartupKnowledgeKeyAsync());
        key.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", "Zm9vOmJhcg==");

        Assert.Equal(HttpStatusCode.OK, (await key.GetAsync("/api/v1/account/", Ct)).StatusCode);
    }

    [Fact]
    public async Task ParallelResetsLeaveExactlyOneStartupKnowledgeWhoseKeyWorks()
    {
        await using var app = new MockServerApp();
        var control = app.CreateBareClient();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => control.PostAsync("/_mock/reset", null, Ct)));

        var knowledge = Assert.Single((await control.GetJsonAsync("/_mock/common-knowledge")).Items());
        var key = app.KeyClient(knowledge.GetProperty("api_key").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await key.GetAsync("/api/v1/documents/", Ct)).StatusCode);
        var publisher = app.CreateBrowser();
        await publisher.SignInAsync("publisher@example.com", "rememberizer-demo");
        Assert.Single((await publisher.GetJsonAsync("/api/v1/mementos/?page_size=100")).GetProperty("results").Items(), m => m.GetProperty("name").GetString() == "Team Knowledge");
    }

    [Fact]
    public async Task MalformedControlBodiesAre400sThatNameTheProblem()
    {
        await using var app = new MockServerApp();
        var control = app.CreateBareClient();
        StringContent Json(string text) => new(text, System.Text.Encoding.UTF8, "application/json");

        var broken = await control.PostAsync("/_mock/common-knowledge", Json("{bad"), Ct);
        var list = await control.PostAsync("/_mock/common-knowledge", Json("[]"), Ct);
        var mistyped = await control.PostAsync("/_mock/common-knowledge", Json("""{"owner_email": 5, "name": "X", "memento_id": "abc"}"""), Ct);
        var user = await control.PostAsync("/_mock/users", Json("""{"email": "x@example.com", "password": "long-enough", "name": "X", "email_verified": "yes"}"""), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.StartsWith("JSON parse error", await broken.DetailAsync());
        Assert.True((await list.JsonAsync()).TryGetProperty("non_field_errors", out _));
        var fields = await mistyped.FieldErrorsAsync();
        Assert.Equal(["Not a valid string."], fields["owner_email"]);
        Assert.Equal(["A valid integer is required."], fields["memento_id"]);
        Assert.Equal(["Must be a valid boolean."], (await user.FieldErrorsAsync())["email_verified"]);
        Assert.Single((await control.GetJsonAsync("/_mock/common-knowledge")).Items());
    }

    [Fact]
    public async Task ASessionCookieWinsOverAKeySentAlongside()
    {
        await using var app = new MockServerApp();
        var ada = await app.SignedInBrowserAsync();
        var (store, _) = await app.PrimaryStoreClientAsync();
        ada.DefaultRequestHeaders.Add("x-api-key", store.DefaultRequestHeaders.GetValues("x-api-key").Single());

        var account = await ada.GetJsonAsync("/api/v1/account/");

        Assert.Equal("ada@example.com", account.GetProperty("email").GetString());
    }

    [Fact]
    public async Task RejectedPublishChangesNothingAndNamesTheField()
    {
        await using var app = new MockServerApp();
        var ada = await app.SignedInBrowserAsync();
        var control = app.CreateBareClient();
        var mementos = (await ada.GetJsonAsync("/api/v1/mementos/")).GetProperty("count").GetInt32();

        var unknownOwner = await control.PostAsJsonAsync("/_mock/common-knowledge", new { owner_email = "nobody@example.com", name = "X" }, Ct);
        var noName = await control.PostAsJsonAsync("/_mock/common-knowledge", new { owner_email = "ada@example.com" }, Ct);
        var unknownMemento = await control.PostAsJsonAsync("/_mock/common-knowledge", new { owner_email = "ada@example.com", name = "X", memento_id = 1 }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, unknownOwner.StatusCode);
        Assert.True((await unknownOwner.JsonAsync()).TryGetProperty("owner_email", out _));
        Assert.True((await noName.JsonAsync()).TryGetProperty("name", out _));
        Assert.True((await unknownMemento.JsonAsync()).TryGetProperty("memento_id", out _));
        Assert.Single((await control.GetJsonAsync("/_mock/common-knowledge")).Items());
        Assert.Equal(mementos, (await ada.GetJsonAsync("/api/v1/mementos/")).GetProperty("count").GetInt32());
    }
}
