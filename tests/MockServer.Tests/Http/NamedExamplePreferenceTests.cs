using System.Net;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Http;

/// <summary>
/// <c>Prefer: example=NAME</c> serves one of the spec's named examples: alone, from whichever declared status has
/// it; with <c>code=N</c>, from that status only. An unknown name is refused with the names there are.
/// </summary>
public sealed class NamedExamplePreferenceTests
{
    private static readonly object SignInBody = new { login = "nobody@example.com", password = "whatever-it-is", captcha = SessionHelpers.Captcha };

    [Fact]
    public async Task ANamedExampleIsServedFromTheStatusThatHasIt()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await browser.GetPreferringAsync("/api/v1/documents/", "example=empty");
        var page = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, page.GetProperty("count").GetInt32());
        Assert.Empty(page.GetProperty("results").EnumerateArray());
        Assert.Equal("example=empty", response.PreferenceApplied());
    }

    [Fact]
    public async Task ANamedErrorExampleAnswersWithItsOwnStatus()
    {
        await using var app = new MockServerApp();

        var response = await app.CreateBareClient().SendPreferringAsync(HttpMethod.Post, "/api/v1/auth/signin/", "example=wrong_credentials", SignInBody);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("No active account found with the given credentials", await response.DetailAsync());
    }

    [Fact]
    public async Task CodeAndExampleTogetherPickTheExampleOfThatStatus()
    {
        await using var app = new MockServerApp();
        var body = new { email = "new@example.com", password = SessionHelpers.Password, name = "New", captcha = SessionHelpers.Captcha };

        var response = await app.CreateBareClient().SendPreferringAsync(HttpMethod.Post, "/api/v1/auth/signup/", "code=400, example=captcha_failed", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The captcha response is invalid. Please try again."], (await response.FieldErrorsAsync())["captcha"]);
        Assert.Equal("code=400, example=captcha_failed", response.PreferenceApplied());
    }

    [Fact]
    public async Task WithACodeOnlyThatStatusIsSearched()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await browser.GetPreferringAsync("/api/v1/documents/", "code=404, example=empty");
        var detail = await response.DetailAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("status 404", detail, StringComparison.Ordinal);
        Assert.Contains("invalid_page (404)", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("empty (200)", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownNameIsRefusedWithTheNamesTheOperationHas()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await browser.GetPreferringAsync("/api/v1/documents/search/?q=anything", "example=nothing_like_this");
        var detail = await response.DetailAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("example=nothing_like_this", detail, StringComparison.Ordinal);
        Assert.Contains("matches (200), no_matches (200)", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACodeAloneStillServesTheFirstExampleOfItsStatus()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await browser.GetPreferringAsync("/api/v1/documents/", "code=200");

        Assert.Equal(257, (await response.JsonAsync()).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task ASharedErrorResponseOffersItsNamedExamplesToEveryOperation()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var expired = await browser.GetPreferringAsync("/api/v1/account/", "example=token_not_valid");
        var missing = await browser.GetPreferringAsync("/api/v1/documents/1/contents/", "example=not_found");

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal("token_not_valid", (await expired.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task ANamedExampleStillNeedsCredentials()
    {
        await using var app = new MockServerApp();

        var response = await app.CreateBareClient().GetPreferringAsync("/api/v1/documents/", "example=empty");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.PreferenceApplied());
    }
}
