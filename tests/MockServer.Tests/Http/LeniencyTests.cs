using System.Net;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Tests.Data;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Http;

/// <summary>The real API's leniency its own clients rely on, and the request log noting it.</summary>
public sealed class LeniencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> LastLoggedAsync(MockServerApp app) =>
        (await app.CreateBareClient().GetJsonAsync("/_mock/requests?limit=1"))[0];

    [Fact]
    public async Task EmptyQueryValuesCountAsAbsentAndTheLogSaysSo()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var search = await browser.GetAsync("/api/v1/documents/search/?q=budget&n=5&from=&to=", Ct);
        var logged = await LastLoggedAsync(app);

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal("?q=budget&n=5&from=&to=", logged.GetProperty("query").GetString());
        Assert.Contains("Empty query values counted as absent: from, to.", logged.GetProperty("leniencies").Items().Select(n => n.GetString()));
    }

    [Fact]
    public async Task AnEmptyRequiredValueIsStillMissing()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await browser.GetAsync("/api/v1/documents/search/?q=&n=5", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["This field is required."], (await response.FieldErrorsAsync())["q"]);
    }

    [Theory]
    [InlineData("/api/v1/documents/search?q=budget", "without the trailing slash")]
    [InlineData("/api/v1/account", "without the trailing slash")]
    public async Task PathsAreServedWithoutTheirTrailingSlash(string path, string note)
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await browser.GetAsync(path, Ct);
        var logged = await LastLoggedAsync(app);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(logged.GetProperty("leniencies").Items(), n => n.GetString()!.Contains(note, StringComparison.Ordinal));
    }

    [Fact]
    public async Task VectorStorePathsAreServedWithATrailingSlashToo()
    {
        await using var app = new MockServerApp();
        var (store, storeId) = await app.PrimaryStoreClientAsync();

        var me = await store.GetAsync("/api/v1/vector-stores/me/", Ct);
        var meNote = await LastLoggedAsync(app);
        var documents = await store.GetAsync($"/api/v1/vector-stores/{storeId}/documents/", Ct);
        var exact = await store.GetAsync("/api/v1/vector-stores/me", Ct);

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Contains(meNote.GetProperty("leniencies").Items(), n => n.GetString()!.Contains("with a trailing slash", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, documents.StatusCode);
        Assert.Equal(HttpStatusCode.OK, exact.StatusCode);
        Assert.Empty((await LastLoggedAsync(app)).GetProperty("leniencies").Items());
    }

    [Fact]
    public async Task DocumentNameIsTakenAsTheNameAndNoted()
    {
        await using var app = new MockServerApp();
        var (store, storeId) = await app.PrimaryStoreClientAsync();

        var created = await store.PostAsync($"/api/v1/vector-stores/{storeId}/documents/create",
            ConformanceContext.Json(new { text = "Shipping takes three days.", document_name = "Shipping" }), Ct);

        Assert.Equal("Shipping", (await created.JsonAsync()).GetProperty("name").GetString());
        Assert.Contains((await LastLoggedAsync(app)).GetProperty("leniencies").Items(), n => n.GetString()!.Contains("document_name", StringComparison.Ordinal));
    }
}
