using System.Net;
using System.Net.Http.Json;
using Rememberizer.Contract.MockServer.Control.Contracts;
using Rememberizer.Contract.MockServer.Http.Log;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Control;

/// <summary><c>/_mock/requests/{id}</c>: what the app sent and what the mock answered, bounded, secrets masked.</summary>
public sealed class RequestDetailTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASignUpShowsItsHeadersAndBodiesWithThePasswordHiddenAndTokensShortened()
    {
        await using var app = new MockServerApp();
        var client = app.CreateBareClient();
        var answer = await client.PostAsJsonAsync("/api/v1/auth/signup/", new { email = "ada@example.com", password = "secure_password", name = "Ada", captcha = SessionHelpers.Captcha }, Ct);
        var answered = await answer.Content.ReadAsStringAsync(Ct);

        var detail = await DetailOfAsync(client, "/api/v1/auth/signup/");

        Assert.Equal(201, detail.Status);
        Assert.Contains("\"email\":\"ada@example.com\"", detail.Request.Body, StringComparison.Ordinal);
        Assert.Contains("\"password\":\"••••••••\"", detail.Request.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("secure_password", detail.Request.Body, StringComparison.Ordinal);
        Assert.Contains(detail.Request.Headers, h => h.Name == "Content-Type" && h.Value.StartsWith("application/json", StringComparison.Ordinal));
        Assert.Equal(answered.Length, detail.Response.BodyLength);
        Assert.Contains("\"email_verified\":false", detail.Response.Body, StringComparison.Ordinal);
        Assert.Matches("\"access\":\"eyJh…[^\"]{4}\"", detail.Response.Body);
        var cookies = detail.Response.Headers.Where(h => h.Name == "Set-Cookie").Select(h => h.Value).ToList();
        Assert.Equal(2, cookies.Count);
        Assert.All(cookies, c => Assert.Matches("^(access|refresh)_token=.{4}….{4}; ", c));
    }

    [Fact]
    public async Task TheAnswerTheClientGotIsTheOneLogged()
    {
        await using var app = new MockServerApp().With("MockServer:CheckResponses", "true");
        var browser = await app.SignedInBrowserAsync();
        var answered = await browser.GetStringAsync("/api/v1/documents/?page_size=2", Ct);

        var detail = await DetailOfAsync(app.CreateBareClient(), "/api/v1/documents/");

        Assert.Equal(answered, detail.Response.Body);
        Assert.False(detail.Response.BodyTruncated);
        Assert.Contains(detail.Request.Headers, h => h.Name == "Cookie" && h.Value.StartsWith("access_token=", StringComparison.Ordinal) && h.Value.Contains('…'));
    }

    [Fact]
    public async Task LargeBodiesAreCutAtTheBound()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        var answered = await browser.GetByteArrayAsync("/api/v1/documents/?page_size=100", Ct);

        var detail = await DetailOfAsync(app.CreateBareClient(), "/api/v1/documents/");

        Assert.True(answered.Length > RequestLog.BodyLimit, $"the page was only {answered.Length} bytes");
        Assert.True(detail.Response.BodyTruncated);
        Assert.Equal(answered.Length, detail.Response.BodyLength);
        Assert.Equal(RequestLog.BodyLimit, System.Text.Encoding.UTF8.GetByteCount(detail.Response.Body!));
    }

    [Fact]
    public async Task AFormBodyHasItsSecretHidden()
    {
        await using var app = new MockServerApp();
        var client = app.CreateBareClient();
        await client.PostAsync("/api/v1/auth/oauth2/token/", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = "nope",
            ["client_id"] = "app",
            ["client_secret"] = "very-secret-value",
            ["redirect_uri"] = "http://localhost:5000/cb",
        }), Ct);

        var detail = await DetailOfAsync(client, "/api/v1/auth/oauth2/token/");

        Assert.Contains("client_secret=••••••••", detail.Request.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("very-secret-value", detail.Request.Body, StringComparison.Ordinal);
        Assert.Contains("client_id=app", detail.Request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEntryNoLongerInTheLogIsNotFound()
    {
        await using var app = new MockServerApp();

        var response = await app.CreateBareClient().GetAsync("/_mock/requests/12345", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<RequestDetail> DetailOfAsync(HttpClient control, string path)
    {
        var entry = await control.LoggedRequestAsync(e => e.GetProperty("path").GetString() == path);
        return (await control.GetFromJsonAsync<RequestDetail>($"/_mock/requests/{entry.GetProperty("id").GetInt64()}", Ct))!;
    }
}
