using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Http;

/// <summary>
/// <c>Prefer: code=5xx</c> serves an outage whether or not the operation declares it, in DRF's shape, marked as
/// undeclared; credentials and the contract are still checked first, and nothing reaches the fake.
/// </summary>
public sealed class ServerErrorPreferenceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(503, "Service temporarily unavailable, try again later.")]
    [InlineData(500, "A server error occurred.")]
    [InlineData(502, "Bad Gateway.")]
    [InlineData(504, "Gateway Timeout.")]
    public async Task AnyServerErrorIsServedInDrfsShapeAndMarkedUndeclared(int status, string detail)
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await browser.GetPreferringAsync("/api/v1/account/", $"code={status}");

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(detail, await response.DetailAsync());
        Assert.Equal($"code={status}; undeclared", response.PreferenceApplied());
    }

    [Fact]
    public async Task A503CarriesNoRetryAfterAsDrfsServiceUnavailableSendsNone()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await browser.GetPreferringAsync("/api/v1/documents/", "code=503");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task AnOutageStillNeedsCredentials()
    {
        await using var app = new MockServerApp();

        var response = await app.CreateBareClient().GetPreferringAsync("/api/v1/account/", "code=503");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.PreferenceApplied());
    }

    [Fact]
    public async Task AnOutageStillNeedsAVerifiedEmail()
    {
        await using var app = new MockServerApp();
        var unverified = await app.SignedInBrowserAsync(verified: false);

        var response = await unverified.GetPreferringAsync("/api/v1/documents/", "code=503");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnInvalidBodyIsRejectedBeforeAnOutage()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await browser.SendPreferringAsync(HttpMethod.Post, "/api/v1/documents/memorize/", "code=503", new { name = 42 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("content", (await response.FieldErrorsAsync()).Keys);
        Assert.Null(response.PreferenceApplied());
    }

    [Fact]
    public async Task AnOutageChangesNothing()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await browser.SendPreferringAsync(HttpMethod.Post, "/api/v1/documents/memorize/", "code=503", new { name = "Never stored", content = "text" });
        var memorized = await browser.GetFromJsonAsync<JsonElement>("/api/v1/documents/?integration_type=memorize", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(0, memorized.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task AnOutageIsLoggedWithItsStatusAndLeftAloneByTheResponseCheck()
    {
        await using var app = new MockServerApp().With("MockServer:CheckResponses", "true");
        var browser = await app.SignedInBrowserAsync();
        await browser.GetPreferringAsync("/api/v1/account/", "code=503");

        var entry = await app.CreateBareClient().LoggedRequestAsync(e => e.GetProperty("path").GetString() == "/api/v1/account/");

        Assert.Equal(503, entry.GetProperty("status").GetInt32());
        Assert.Equal("code=503; undeclared", entry.GetProperty("preferences").GetString());
        Assert.Empty(entry.GetProperty("violations").EnumerateArray());
    }
}
