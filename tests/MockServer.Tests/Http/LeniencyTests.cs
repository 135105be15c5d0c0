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
    public async Task IntegersWrittenWithAZeroFractionAreIntegersAsDrfReadsThem()
    {
        await using var app = new MockServerApp();
        var (store, storeId) = await app.PrimaryStoreClientAsync();

        var search = await store.GetAsync($"/api/v1/vector-stores/{storeId}/documents/search?q=security%20audit&n=2.0", Ct);
        var searchNote = await LastLoggedAsync(app);
        var agentic = await store.PostAsync($"/api/v1/vector-stores/{storeId}/documents/agentic_search",
            new StringContent("""{"query": "security audit", "n_chunks": 2.0, "user_context": null}""", System.Text.Encoding.UTF8, "application/json"), Ct);
        var fraction = await store.GetAsync($"/api/v1/vector-stores/{storeId}/documents/search?q=security&n=2.5", Ct);

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.InRange((await search.JsonAsync()).GetProperty("matched_chunks").GetArrayLength(), 1, 2);
        Assert.Contains(searchNote.GetProperty("leniencies").Items(), n => n.GetString()!.Contains("zero fraction", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, agentic.StatusCode);
        Assert.InRange((await agentic.JsonAsync()).GetProperty("matched_chunks").GetArrayLength(), 1, 2);
        Assert.Equal(["A valid integer is required."], (await fraction.FieldErrorsAsync())["n"]);
    }

    [Fact]
    public async Task WhitespaceOnlyTextIsBlankAndNamedAsOnTheWire()
    {
        await using var app = new MockServerApp();
        var (store, storeId) = await app.PrimaryStoreClientAsync();
        var browser = await app.SignedInBrowserAsync();

        var agentic = await store.PostAsync($"/api/v1/vector-stores/{storeId}/documents/agentic_search",
            ConformanceContext.Json(new { query = "   " }), Ct);
        var search = await browser.GetAsync("/api/v1/documents/search/?q=%20%20", Ct);
        var memorize = await browser.PostAsync("/api/v1/documents/memorize/", ConformanceContext.Json(new { name = " ", content = "text" }), Ct);

        Assert.Equal(["This field may not be blank."], (await agentic.FieldErrorsAsync())["query"]);
        Assert.Equal(["This field may not be blank."], (await search.FieldErrorsAsync())["q"]);
        Assert.Equal(["This field may not be blank."], (await memorize.FieldErrorsAsync())["name"]);
    }

    [Fact]
    public async Task IdsAndCountsBeyond32BitsAreNotFoundOrOutOfRangeNotServerWording()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var contents = await browser.GetAsync("/api/v1/documents/99999999999/contents/", Ct);
        var discussion = await browser.GetAsync("/api/v1/discussions/99999999999/contents/?integration_type=slack", Ct);
        var page = await browser.GetAsync("/api/v1/documents/?page=99999999999", Ct);

        Assert.Equal(HttpStatusCode.NotFound, contents.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, discussion.StatusCode);
        Assert.Equal([$"Ensure this value is less than or equal to {int.MaxValue}."], (await page.FieldErrorsAsync())["page"]);
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
