using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Primitives;
using Rememberizer.Contract.MockServer.Http.Prefer;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Http;

/// <summary><c>Prefer: code=…</c> answers the spec's example for a declared status; every known preference is parsed.</summary>
public sealed class PreferTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string prefer, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Prefer", prefer);
        return await client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task DeclaredStatusAnswersTheSpecExample()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await SendAsync(browser, HttpMethod.Get, "/api/v1/documents/1/contents/", "code=404");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("code=404", response.Headers.GetValues("Preference-Applied").Single());
        Assert.Equal("Not found.", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ForcedSuccessDoesNotReachTheFake()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await SendAsync(browser, HttpMethod.Post, "/api/v1/documents/memorize/", "code=201", new { name = "Never stored", content = "text" });
        var memorized = await browser.GetFromJsonAsync<JsonElement>("/api/v1/documents/?integration_type=memorize", Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(0, memorized.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task ARequestThatBreaksTheContractIsRejectedWhateverItPrefers()
    {
        await using var app = new MockServerApp();

        var response = await SendAsync(app.CreateBareClient(), HttpMethod.Post, "/api/v1/auth/signup/", "code=201", new { bad = 1 });
        var logged = (await app.CreateBareClient().GetFromJsonAsync<JsonElement>("/_mock/requests?limit=1", Ct))[0];

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Preference-Applied"));
        Assert.NotEmpty(logged.GetProperty("violations").EnumerateArray());
    }

    [Fact]
    public async Task AForcedSignUpIsTypedAsTheSpecSaysAndSetsBothCookies()
    {
        await using var app = new MockServerApp();
        var body = new { email = "new@example.com", password = SessionHelpers.Password, name = "New", captcha = SessionHelpers.Captcha };

        var response = await SendAsync(app.CreateBareClient(), HttpMethod.Post, "/api/v1/auth/signup/", "code=201", body);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(JsonValueKind.Number, created.GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.False, created.GetProperty("email_verified").ValueKind);
        Assert.Equal(["access_token", "refresh_token"], response.Headers.GetValues("Set-Cookie").Select(c => c.Split('=')[0]).Order());
    }

    [Fact]
    public async Task UndeclaredStatusIsRefusedWithTheDeclaredOnes()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await SendAsync(browser, HttpMethod.Get, "/api/v1/account/", "code=418");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("declared: 200, 401", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ForcedStatusStillNeedsCredentials()
    {
        await using var app = new MockServerApp();

        var response = await SendAsync(app.CreateBareClient(), HttpMethod.Get, "/api/v1/account/", "code=200");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("code=401", 401, null)]
    [InlineData("delay=250, respond-async", null, 250)]
    [InlineData("code=500; delay=0", 500, 0)]
    public void KnownPreferencesAreReadAndOthersIgnored(string header, int? code, int? delayMs)
    {
        Assert.True(Preferences.TryParse(new StringValues(header), out var preferences, out _));
        Assert.Equal(code, preferences.Code);
        Assert.Equal(delayMs is null ? null : TimeSpan.FromMilliseconds(delayMs.Value), preferences.Delay);
    }

    [Theory]
    [InlineData("example=empty", "empty", null)]
    [InlineData("example=\"no_matches\"; fault=RESET", "no_matches", Fault.Reset)]
    [InlineData("fault=timeout, code=503", null, Fault.Timeout)]
    public void ExampleAndFaultAreRead(string header, string? example, Fault? fault)
    {
        Assert.True(Preferences.TryParse(new StringValues(header), out var preferences, out _));
        Assert.Equal(example, preferences.Example);
        Assert.Equal(fault, preferences.Fault);
    }

    [Theory]
    [InlineData("code=abc", "code")]
    [InlineData("code=99", "code")]
    [InlineData("delay=-5", "delay")]
    [InlineData("delay=999999", "delay")]
    [InlineData("fault=explode", "explode")]
    [InlineData("fault=1", "fault")]
    [InlineData("example=", "example")]
    public void MalformedKnownPreferenceIsAnErrorNamingIt(string header, string name)
    {
        Assert.False(Preferences.TryParse(new StringValues(header), out _, out var error));
        Assert.Contains(name, error);
    }
}
