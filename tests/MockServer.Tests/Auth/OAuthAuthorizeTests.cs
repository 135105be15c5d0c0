using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Auth;

public sealed class OAuthAuthorizeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AuthorizeRedirectsBackWithCodeAndState()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await browser.GetAsync(SessionOAuthHelpers.AuthorizeUrl(), Ct);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(SessionOAuthHelpers.Callback + "?", location.ToString());
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("12345", query["state"]);
        Assert.False(string.IsNullOrEmpty(query["code"]));
    }

    [Fact]
    public async Task AuthorizeWithoutSessionIs401NotALoginPage()
    {
        await using var app = new MockServerApp();

        var response = await app.CreateBareClient().GetAsync(SessionOAuthHelpers.AuthorizeUrl(), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AuthorizeRejectsAnUnknownClient()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await browser.GetAsync(SessionOAuthHelpers.AuthorizeUrl(clientId: "someone-else"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.FieldErrorsAsync()).ContainsKey("client_id"));
    }
}
