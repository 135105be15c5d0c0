using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace Rememberizer.Contract.MockServer.Tests.Infrastructure;

/// <summary>The OAuth2 code flow as a third-party app drives it: authorize in the browser, exchange on the back end.</summary>
public static class SessionOAuthHelpers
{
    public const string Callback = "http://localhost:5000/callback";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string AuthorizeUrl(string clientId = "mock-client-id", string redirect = Callback, string scope = "offline_access") =>
        $"/api/v1/auth/oauth2/authorize/?response_type=code&client_id={clientId}&redirect_uri={Uri.EscapeDataString(redirect)}&scope={scope}&state=12345";

    /// <summary>Authorizes the signed-in browser's user and returns the code from the redirect.</summary>
    public static async Task<string> AuthorizeAsync(this HttpClient browser, string scope = "offline_access")
    {
        var response = await browser.GetAsync(AuthorizeUrl(scope: scope), Ct);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return QueryHelpers.ParseQuery(response.Headers.Location!.Query)["code"]!;
    }

    /// <summary>Posts a form to the token endpoint, adding the mock client's credentials unless given.</summary>
    public static Task<HttpResponseMessage> TokenAsync(this MockServerApp app, Dictionary<string, string> form)
    {
        form.TryAdd("client_id", "mock-client-id");
        form.TryAdd("client_secret", "mock-client-secret");
        return app.CreateBareClient().PostAsync("/api/v1/auth/oauth2/token/", new FormUrlEncodedContent(form), Ct);
    }

    public static Task<HttpResponseMessage> ExchangeAsync(this MockServerApp app, string code, string redirect = Callback) =>
        app.TokenAsync(new() { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = redirect });
}
