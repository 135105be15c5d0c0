using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Auth;

/// <summary>
/// The token endpoint takes the client's credentials with HTTP Basic (RFC 6749 §2.3.1) as many OAuth libraries send
/// them, as well as in the form; and <c>/api/me</c>, the walkthrough's last call, answers the profile.
/// </summary>
public sealed class OAuthBasicClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static AuthenticationHeaderValue Basic(string id, string secret) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(id)}:{Uri.EscapeDataString(secret)}")));

    private static async Task<HttpResponseMessage> PostTokenAsync(MockServerApp app, Dictionary<string, string> form, AuthenticationHeaderValue? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/oauth2/token/") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = authorization;
        return await app.CreateBareClient().SendAsync(request, Ct);
    }

    private static Dictionary<string, string> CodeGrant(string code) =>
        new() { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = SessionOAuthHelpers.Callback };

    [Fact]
    public async Task ACodeExchangedWithBasicCredentialsGivesTokensAndTheRefreshTokenToo()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var exchanged = await PostTokenAsync(app, CodeGrant(await browser.AuthorizeAsync()), Basic("mock-client-id", "mock-client-secret"));
        var tokens = await exchanged.JsonAsync();
        var refreshed = await PostTokenAsync(app, new() { ["grant_type"] = "refresh_token", ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()! },
            Basic("mock-client-id", "mock-client-secret"));

        Assert.Equal(HttpStatusCode.OK, exchanged.StatusCode);
        Assert.Equal("Bearer", tokens.GetProperty("token_type").GetString());
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
    }

    [Fact]
    public async Task AFormClientIdBesideBasicIsFineWhenItIsTheSameClient()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        var form = CodeGrant(await browser.AuthorizeAsync());
        form["client_id"] = "mock-client-id";

        var response = await PostTokenAsync(app, form, Basic("mock-client-id", "mock-client-secret"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AWrongBasicSecretIsInvalidClientWithABasicChallengeAndTheCodeStillWorks()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        var code = await browser.AuthorizeAsync();

        var wrong = await PostTokenAsync(app, CodeGrant(code), Basic("mock-client-id", "guess"));
        var right = await PostTokenAsync(app, CodeGrant(code), Basic("mock-client-id", "mock-client-secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("invalid_client", (await wrong.JsonAsync()).GetProperty("error").GetString());
        Assert.Equal("Basic", wrong.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("bm8tY29sb24=")] // "no-colon"
    public async Task MalformedBasicCredentialsAreInvalidClient(string parameter)
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await PostTokenAsync(app, CodeGrant(await browser.AuthorizeAsync()), new AuthenticationHeaderValue("Basic", parameter));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await response.JsonAsync()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task CredentialsInBothPlacesAreAnInvalidRequestAndTheCodeStillWorks()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        var code = await browser.AuthorizeAsync();
        var both = CodeGrant(code);
        both["client_id"] = "mock-client-id";
        both["client_secret"] = "mock-client-secret";

        var twice = await PostTokenAsync(app, both, Basic("mock-client-id", "mock-client-secret"));
        var once = await PostTokenAsync(app, CodeGrant(code), Basic("mock-client-id", "mock-client-secret"));

        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal("invalid_request", (await twice.JsonAsync()).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, once.StatusCode);
    }

    [Fact]
    public async Task AFormWithoutTheSecretNamesIt()
    {
        await using var app = new MockServerApp();

        var response = await PostTokenAsync(app, new() { ["grant_type"] = "authorization_code", ["client_id"] = "mock-client-id" }, null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("client_secret", (await response.JsonAsync()).GetProperty("error_description").GetString());
    }

    [Theory]
    [InlineData("/api/me")]
    [InlineData("/api/me/")]
    public async Task ApiMeWithoutTheVersionAnswersTheProfileForTheOAuthToken(string path)
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        var tokens = await (await app.ExchangeAsync(await browser.AuthorizeAsync())).JsonAsync();
        var client = app.CreateBareClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());

        var unversioned = await client.GetAsync(path, Ct);
        var versioned = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/", Ct);

        Assert.Equal(HttpStatusCode.OK, unversioned.StatusCode);
        var me = await unversioned.JsonAsync();
        Assert.Equal("ada@example.com", me.GetProperty("email").GetString());
        Assert.Equal(versioned.GetProperty("id").GetInt32(), me.GetProperty("id").GetInt32());
        Assert.True(me.GetProperty("email_verified").GetBoolean());
    }

    [Fact]
    public async Task ApiMeWithoutCredentialsIsDrfs401()
    {
        await using var app = new MockServerApp();

        var response = await app.CreateBareClient().GetAsync("/api/me", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Authentication credentials were not provided.", (await response.JsonAsync()).GetProperty("detail").GetString());
    }
}
