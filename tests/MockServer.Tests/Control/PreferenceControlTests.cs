using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Control;

/// <summary>
/// <c>/_mock/preferences</c>: what a <c>Prefer</c> header asks for, stored for one operation or all, for good or a
/// number of times; how stored and header preferences combine; and what reset and the control routes make of them.
/// </summary>
public sealed class PreferenceControlTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AStoredPreferenceIsCreatedListedAndCleared()
    {
        await using var app = new MockServerApp();
        var control = app.CreateBareClient();

        var created = await app.StorePreferenceAsync(new { operation_id = "listdocuments", prefer = "code=503", times = 2 });
        var entry = await created.JsonAsync();
        var listed = await control.GetFromJsonAsync<JsonElement[]>("/_mock/preferences", Ct);
        var cleared = await control.DeleteAsync("/_mock/preferences", Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("listDocuments", entry.GetProperty("operation_id").GetString());
        Assert.Equal("code=503", entry.GetProperty("prefer").GetString());
        Assert.Equal(2, entry.GetProperty("times").GetInt32());
        Assert.Equal(2, entry.GetProperty("remaining").GetInt32());
        Assert.Equal(entry.GetProperty("id").GetInt32(), Assert.Single(listed!).GetProperty("id").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Empty((await control.GetFromJsonAsync<JsonElement[]>("/_mock/preferences", Ct))!);
    }

    [Fact]
    public async Task APreferenceWithTimesAppliesThatManyTimesThenLeaves()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        await app.StorePreferenceAsync(new { operation_id = "listDocuments", prefer = "code=503", times = 2 });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await browser.GetAsync("/api/v1/documents/", Ct)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], statuses);
        Assert.Empty((await app.CreateBareClient().GetFromJsonAsync<JsonElement[]>("/_mock/preferences", Ct))!);
    }

    [Fact]
    public async Task UsesAreCountedExactlyUnderConcurrentRequests()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        await app.StorePreferenceAsync(new { operation_id = "getAccount", prefer = "code=503", times = 7 });

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => browser.GetAsync("/api/v1/account/", Ct)));

        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.ServiceUnavailable));
        Assert.Equal(33, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
    }

    [Theory]
    [InlineData("""{"operation_id": "noSuchOperation", "prefer": "code=503"}""", "operation_id")]
    [InlineData("""{"prefer": "code=abc"}""", "prefer")]
    [InlineData("""{"prefer": "fault=explode"}""", "prefer")]
    [InlineData("""{"prefer": "respond-async"}""", "prefer")]
    [InlineData("""{"operation_id": "getAccount", "prefer": "code=409"}""", "prefer")]
    [InlineData("""{"operation_id": "listDocuments", "prefer": "example=no_such_example"}""", "prefer")]
    [InlineData("""{"prefer": "example=no_such_example"}""", "prefer")]
    [InlineData("""{"prefer": "code=503", "times": 0}""", "times")]
    [InlineData("""{"prefer": "code=503", "times": "twice"}""", "times")]
    [InlineData("""{}""", "prefer")]
    public async Task AnUnusablePreferenceIsRefusedNamingTheField(string body, string field)
    {
        await using var app = new MockServerApp();

        var response = await app.CreateBareClient().PostAsync("/_mock/preferences", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        var errors = await response.FieldErrorsAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], errors.Keys);
        Assert.NotEmpty(Assert.Single(errors[field]));
    }

    [Fact]
    public async Task ARefusedExampleNameListsTheNamesTheOperationHas()
    {
        await using var app = new MockServerApp();

        var response = await app.StorePreferenceAsync(new { operation_id = "listDocuments", prefer = "example=nothing" });

        Assert.Contains("empty (200)", (await response.FieldErrorsAsync())["prefer"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClearingOneOperationLeavesTheOthers()
    {
        await using var app = new MockServerApp();
        var control = app.CreateBareClient();
        await app.StorePreferenceAsync(new { operation_id = "listDocuments", prefer = "code=503" });
        await app.StorePreferenceAsync(new { prefer = "delay=5" });

        var cleared = await control.DeleteAsync("/_mock/preferences?operation_id=listDocuments", Ct);
        var unknown = await control.DeleteAsync("/_mock/preferences?operation_id=noSuchOperation", Ct);
        var left = await control.GetFromJsonAsync<JsonElement[]>("/_mock/preferences", Ct);

        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("operation_id", (await unknown.FieldErrorsAsync()).Keys);
        Assert.Equal(JsonValueKind.Null, Assert.Single(left!).GetProperty("operation_id").ValueKind);
    }

    [Fact]
    public async Task AnOperationsOwnPreferencesOverrideGlobalOnesKeyByKey()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        await app.StorePreferenceAsync(new { prefer = "code=503, delay=5" });
        await app.StorePreferenceAsync(new { operation_id = "listDocuments", prefer = "code=200" });

        var documents = await browser.GetAsync("/api/v1/documents/", Ct);
        var account = await browser.GetAsync("/api/v1/account/", Ct);

        Assert.Equal(HttpStatusCode.OK, documents.StatusCode);
        Assert.Equal("code=200, delay=5", documents.PreferenceApplied());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, account.StatusCode);
        Assert.Equal("code=503; undeclared, delay=5", account.PreferenceApplied());
    }

    [Fact]
    public async Task AHeaderOverridesStoredPreferencesKeyByKey()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        await app.StorePreferenceAsync(new { operation_id = "listDocuments", prefer = "example=empty, delay=5" });

        var response = await browser.GetPreferringAsync("/api/v1/documents/", "code=404");

        // The stored example has no 404 variant, so only the stored delay joins the header's code.
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Invalid page.", await response.DetailAsync());
        Assert.Equal("code=404, delay=5", response.PreferenceApplied());
    }

    [Fact]
    public async Task AGlobalPreferenceThatCannotApplyToAnOperationIsPassedOver()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        // 413 is declared by the operations that take a body, and not one DRF raises on every endpoint.
        await app.StorePreferenceAsync(new { prefer = "code=413" });

        var logOut = await app.CreateBareClient().PostAsync("/api/v1/auth/custom-logout/", null, Ct);
        var memorize = await browser.PostAsJsonAsync("/api/v1/documents/memorize/", new { name = "Note", content = "Text." }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, logOut.StatusCode);
        Assert.Null(logOut.PreferenceApplied());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, memorize.StatusCode);
    }

    [Fact]
    public async Task AGlobalExampleAppliesOnlyWhereTheOperationHasIt()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        await app.StorePreferenceAsync(new { prefer = "example=empty" });

        var documents = await browser.GetFromJsonAsync<JsonElement>("/api/v1/documents/", Ct);
        var account = await browser.GetFromJsonAsync<JsonElement>("/api/v1/account/", Ct);

        Assert.Equal(0, documents.GetProperty("count").GetInt32());
        Assert.Equal("ada@example.com", account.GetProperty("email").GetString());
    }

    [Fact]
    public async Task AHeaderThatCannotApplyIsRefusedWhateverIsStored()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        await app.StorePreferenceAsync(new { prefer = "code=503" });

        var response = await browser.GetPreferringAsync("/api/v1/account/", "code=418");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task StoredPreferencesStillNeedCredentialsAndAreNotUsedUpByARefusedRequest()
    {
        await using var app = new MockServerApp();
        await app.StorePreferenceAsync(new { operation_id = "getAccount", prefer = "code=503", times = 1 });

        var response = await app.CreateBareClient().GetAsync("/api/v1/account/", Ct);
        var left = await app.CreateBareClient().GetFromJsonAsync<JsonElement[]>("/_mock/preferences", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, Assert.Single(left!).GetProperty("remaining").GetInt32());
    }

    [Fact]
    public async Task AStoredFaultDropsTheConnection()
    {
        await using var app = new MockServerApp();
        await app.StorePreferenceAsync(new { operation_id = "logOut", prefer = "fault=empty", times = 1 });

        await PreferRequests.AssertAbortedByTheServerAsync(() => app.CreateBareClient().PostAsync("/api/v1/auth/custom-logout/", null, Ct));
        var next = await app.CreateBareClient().PostAsync("/api/v1/auth/custom-logout/", null, Ct);

        Assert.Equal(HttpStatusCode.NoContent, next.StatusCode);
    }

    [Fact]
    public async Task StoredPreferencesNeverReachTheControlApi()
    {
        await using var app = new MockServerApp();
        await app.StorePreferenceAsync(new { prefer = "fault=reset" });

        var health = await app.CreateBareClient().GetAsync("/_mock/health", Ct);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task ResetClearsStoredPreferences()
    {
        await using var app = new MockServerApp();
        var control = app.CreateBareClient();
        await app.StorePreferenceAsync(new { prefer = "code=503" });

        await control.PostAsync("/_mock/reset", null, Ct);
        var browser = await app.SignedInBrowserAsync();

        Assert.Empty((await control.GetFromJsonAsync<JsonElement[]>("/_mock/preferences", Ct))!);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/account/", Ct)).StatusCode);
    }
}
