using System.Net;
using System.Net.Http.Json;
using Rememberizer.Contract.MockServer.Tests.Data;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Http;

/// <summary>
/// <c>Prefer: code=429</c>, and every client error DRF's stack raises on any endpoint (401, 403, 404, 405, 415), is
/// served on every operation like an undeclared 5xx, in DRF's words; a 429 with its wait in <c>Retry-After</c>.
/// </summary>
public sealed class PreferClientErrorTests
{
    private const string ThrottledText = "Request was throttled. Expected available in 60 seconds.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnUndeclared429IsDrfsThrottledAnswerWithRetryAfter()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await browser.GetPreferringAsync("/api/v1/account/", "code=429");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(ThrottledText, (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.RetryAfter?.Delta);
        Assert.Equal("code=429; undeclared", response.PreferenceApplied());
    }

    [Fact]
    public async Task SearchDeclares429AndAnswersItTheSameWay()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await browser.GetPreferringAsync("/api/v1/documents/search/?q=release", "code=429");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(ThrottledText, (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.RetryAfter?.Delta);
        Assert.Equal("code=429", response.PreferenceApplied());
    }

    [Theory]
    [InlineData(401, "Authentication credentials were not provided.")]
    [InlineData(403, "You do not have permission to perform this action.")]
    [InlineData(404, "Not found.")]
    [InlineData(405, "Method \"POST\" not allowed.")]
    [InlineData(415, "Unsupported media type \"application/json; charset=utf-8\" in request.")]
    [InlineData(429, ThrottledText)]
    public async Task EveryDrfClientErrorIsServedWhereTheOperationDeclaresNone(int status, string detail)
    {
        await using var app = new MockServerApp();

        // Sign-out declares only 204: none of these.
        var response = await app.CreateBareClient().SendPreferringAsync(HttpMethod.Post, "/api/v1/auth/custom-logout/", $"code={status}", new { });

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(detail, (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal($"code={status}; undeclared", response.PreferenceApplied());
    }

    [Fact]
    public async Task AnUndeclared401SaysHowToAuthenticate()
    {
        await using var app = new MockServerApp();

        var response = await app.CreateBareClient().SendPreferringAsync(HttpMethod.Post, "/api/v1/auth/custom-logout/", "code=401");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotEmpty(response.Headers.WwwAuthenticate);
    }

    [Fact]
    public async Task OtherUndeclaredClientErrorsAreStillRefused()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await browser.GetPreferringAsync("/api/v1/account/", "code=409");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("429", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AThrottledMemorizeStoresNothing()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        var before = (await browser.GetJsonAsync("/api/v1/documents/")).GetProperty("count").GetInt32();

        var response = await browser.SendPreferringAsync(HttpMethod.Post, "/api/v1/documents/memorize/", "code=429", new { name = "Note", content = "Throttled text." });
        var after = (await browser.GetJsonAsync("/api/v1/documents/")).GetProperty("count").GetInt32();

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task AStored429ThrottlesItsOperationForTheGivenNumberOfRequests()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var stored = await app.StorePreferenceAsync(new { operation_id = "getAccount", prefer = "code=429", times = 1 });
        var throttled = await browser.GetAsync("/api/v1/account/", Ct);
        var next = await browser.GetAsync("/api/v1/account/", Ct);

        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), throttled.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task AGlobalStored429ReachesOperationsThatDoNotDeclareIt()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        await app.StorePreferenceAsync(new { prefer = "code=429" });

        var account = await browser.GetAsync("/api/v1/account/", Ct);
        var documents = await browser.GetAsync("/api/v1/documents/", Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, account.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, documents.StatusCode);
    }
}
