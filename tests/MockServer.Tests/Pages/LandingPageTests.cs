using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.Fake.VectorStores;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Pages;

/// <summary><c>GET /</c>: a page for browsers, and the same DRF 404 as ever for everyone else.</summary>
public sealed class LandingPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABrowserGetsThePageWithTheBaseUrlAndTheStartupKeys()
    {
        await using var app = new MockServerApp();
        var store = app.TenantServices.GetRequiredService<VectorStoreRegistry>().Primary!.Store;
        var knowledge = app.TenantServices.GetRequiredService<PublicationRegistry>().All()[0];

        var response = await app.CreateBareClient().SendAsync(Get("/", "text/html,application/xhtml+xml,*/*;q=0.8"), Ct);
        var page = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<code id=\"base-url\">http://localhost/api/v1</code>", page, StringComparison.Ordinal);
        Assert.Contains(store.ApiKey, page, StringComparison.Ordinal);
        Assert.Contains(knowledge.ApiKey, page, StringComparison.Ordinal);
        Assert.Contains("href=\"/_mock/\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/docs/\"", page, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePageOffersAStoreKeyThatWorksAfterTheDefaultOneIsRevoked()
    {
        await using var app = new MockServerApp();
        var control = app.CreateBareClient();
        var store = app.TenantServices.GetRequiredService<VectorStoreRegistry>().Primary!.Store;
        var named = await (await control.PostAsJsonAsync($"/_mock/vector-stores/{store.Id}/keys", new { name = "CI" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        await control.DeleteAsync($"/_mock/vector-stores/{store.Id}/keys/default", Ct);

        var page = await (await control.SendAsync(Get("/", "text/html"), Ct)).Content.ReadAsStringAsync(Ct);

        Assert.DoesNotContain(store.ApiKey, page, StringComparison.Ordinal);
        Assert.Contains(named.GetProperty("api_key").GetString()!, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnderAPathTenantThePageGivesThatTenantsBaseUrlAndDashboard()
    {
        await using var app = new MockServerApp();

        var page = await (await app.CreateBareClient().SendAsync(Get("/t/team-a/", "text/html"), Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("<code id=\"base-url\">http://localhost/t/team-a/api/v1</code>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/team-a/_mock/\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "application/json")]
    [InlineData("GET", "*/*")]
    [InlineData("GET", null)]
    [InlineData("POST", "text/html")]
    public async Task AnyoneElseGetsTheDrfNotFound(string method, string? accept)
    {
        await using var app = new MockServerApp();
        using var request = new HttpRequestMessage(new HttpMethod(method), "/");
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        var response = await app.CreateBareClient().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Not found.", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task WithoutTheControlApiThePageLinksNoDashboard()
    {
        await using var app = new MockServerApp().With("MockServer:ControlApiEnabled", "false");

        var page = await (await app.CreateBareClient().SendAsync(Get("/", "text/html"), Ct)).Content.ReadAsStringAsync(Ct);

        Assert.DoesNotContain("/_mock/", page, StringComparison.Ordinal);
        Assert.Contains("Turned off", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssetsAreRevalidatedByETag()
    {
        await using var app = new MockServerApp();
        var client = app.CreateBareClient();

        var first = await client.GetAsync("/assets/site.css", Ct);
        using var again = Get("/assets/site.css", "text/css");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/css", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    private static HttpRequestMessage Get(string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept.Split(',')[0]));
        foreach (var more in accept.Split(',').Skip(1))
        {
            request.Headers.Accept.ParseAdd(more);
        }

        return request;
    }
}
