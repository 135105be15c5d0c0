using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Tests.Data;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Tenants;

/// <summary>
/// Two tenants of one mock never see each other's anything: users, mail, sessions, clock, data, keys, request log.
/// </summary>
public sealed class TenantIsolationTests
{
    private const string Password = "secure_password";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AUserSignedUpInOneTenantExistsNowhereElse()
    {
        await using var app = new MockServerApp();
        var alice = app.ByHeader("alice");
        var bob = app.ByHeader("bob");

        var signup = await alice.PostAsJsonAsync("/api/v1/auth/signup/", SignUp("same@example.com"), Ct);
        var signInAtBob = await bob.PostAsJsonAsync("/api/v1/auth/signin/", SignIn("same@example.com"), Ct);
        var signupAtBob = await bob.PostAsJsonAsync("/api/v1/auth/signup/", SignUp("same@example.com"), Ct);
        var signInAtDefault = await app.CreateBareClient().PostAsJsonAsync("/api/v1/auth/signin/", SignIn("same@example.com"), Ct);

        Assert.Equal(HttpStatusCode.Created, signup.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signInAtBob.StatusCode);
        Assert.Equal(HttpStatusCode.Created, signupAtBob.StatusCode); // the same address is free in another tenant
        Assert.Equal(HttpStatusCode.Unauthorized, signInAtDefault.StatusCode);
        Assert.Single(await MailAsync(alice, "same@example.com"));
        Assert.Single(await MailAsync(bob, "same@example.com"));
        Assert.Empty(await MailAsync(app.CreateBareClient(), "same@example.com"));
    }

    [Fact]
    public async Task APathTenantServesTheWholeFlowUnderItsPrefixWithCookiesScopedToIt()
    {
        await using var app = new MockServerApp();
        var browser = app.ByPath("team-a");

        var signup = await browser.PostAsJsonAsync("api/v1/auth/signup/", SignUp("path@example.com"), Ct);
        var code = (await MailAsync(browser, "path@example.com", mailbox: "_mock/mailbox"))[^1].GetProperty("code").GetString();
        var verify = await browser.PostAsJsonAsync("api/v1/auth/verify-email/", new { verification_code = code }, Ct);
        var signin = await browser.PostAsJsonAsync("api/v1/auth/signin/", SignIn("path@example.com"), Ct);
        var account = await browser.GetAsync("api/v1/account/", Ct);
        var refresh = await browser.PostAsync("api/v1/auth/custom-refresh/", null, Ct);
        var atDefault = await app.CreateBrowser().GetAsync("/api/v1/account/", Ct);

        Assert.Equal(HttpStatusCode.Created, signup.StatusCode);
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, signin.StatusCode);
        var cookies = signin.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("access_token=", StringComparison.Ordinal) && c.Contains("path=/t/team-a/;", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("refresh_token=", StringComparison.Ordinal) && c.Contains("path=/t/team-a/api/v1/auth/;", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Equal("path@example.com", (await account.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.NoContent, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, atDefault.StatusCode);
    }

    [Fact]
    public async Task AHeaderTenantAndItsPathPrefixAreTheSameTenant()
    {
        await using var app = new MockServerApp();

        await app.ByHeader("Shared").PostAsJsonAsync("/api/v1/auth/signup/", SignUp("both@example.com"), Ct);
        var byPath = await MailAsync(app.CreateBareClient(), "both@example.com", mailbox: "/t/shared/_mock/mailbox");

        Assert.Single(byPath);
    }

    [Fact]
    public async Task ResetClockAndRequestLogBelongToTheirTenant()
    {
        await using var app = new MockServerApp();
        var alice = app.ByHeader("alice");
        await alice.PostAsJsonAsync("/api/v1/auth/signup/", SignUp("kept@example.com"), Ct);
        await app.CreateBareClient().PostAsJsonAsync("/api/v1/auth/signup/", SignUp("dropped@example.com"), Ct);
        var defaultNow = await NowAsync(app.CreateBareClient());

        await alice.PostAsJsonAsync("/_mock/clock/advance", new { seconds = 86_400 }, Ct);
        var reset = await app.CreateBareClient().PostAsync("/_mock/reset", null, Ct);

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Single(await MailAsync(alice, "kept@example.com"));
        Assert.Empty(await MailAsync(app.CreateBareClient(), "dropped@example.com"));
        Assert.True(await NowAsync(alice) - defaultNow >= TimeSpan.FromDays(1));
        Assert.True(await NowAsync(app.CreateBareClient()) - defaultNow < TimeSpan.FromHours(1));
        var aliceLog = await alice.GetFromJsonAsync<JsonElement>("/_mock/requests", Ct);
        Assert.Contains(aliceLog.EnumerateArray(), r => r.GetProperty("path").GetString() == "/api/v1/auth/signup/");
        Assert.DoesNotContain(aliceLog.EnumerateArray(), r => r.GetProperty("path").GetString() == "/_mock/reset");
    }

    [Fact]
    public async Task KeysAreATenantsOwnButTheSeededOnesExistInEveryTenant()
    {
        await using var app = new MockServerApp();
        var startupKey = await app.StartupKnowledgeKeyAsync();
        var alice = app.ByHeader("alice");
        var created = await (await alice.PostAsJsonAsync("/_mock/common-knowledge", new { owner_email = "publisher@example.com", name = "Alice's notes" }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var aliceKey = created.GetProperty("api_key").GetString();

        var seededInAlice = await SearchAsync(app.CreateBareClient(), "/t/alice/api/v1/documents/search/", startupKey);
        var aliceKeyInAlice = await SearchAsync(app.CreateBareClient(), "/t/alice/api/v1/documents/search/", aliceKey!);
        var aliceKeyInDefault = await SearchAsync(app.CreateBareClient(), "/api/v1/documents/search/", aliceKey!);

        Assert.Equal(HttpStatusCode.OK, seededInAlice);
        Assert.Equal(HttpStatusCode.OK, aliceKeyInAlice);
        Assert.Equal(HttpStatusCode.Unauthorized, aliceKeyInDefault);
    }

    [Fact]
    public async Task PaginationLinksKeepThePathTenantsPrefix()
    {
        await using var app = new MockServerApp();
        var browser = app.ByPath("paged");
        var path = await browser.PostAsJsonAsync("_mock/users", new { email = "pages@example.com", password = Password, name = "P", email_verified = true }, Ct);
        await browser.PostAsJsonAsync("api/v1/auth/signin/", SignIn("pages@example.com"), Ct);

        var page = await browser.GetFromJsonAsync<JsonElement>("api/v1/documents/?page_size=5", Ct);

        Assert.Equal(HttpStatusCode.Created, path.StatusCode);
        Assert.StartsWith("http://localhost/t/paged/api/v1/documents/?", page.GetProperty("next").GetString(), StringComparison.Ordinal);
    }

    private static object SignUp(string email) => new { email, password = Password, name = "Tenant User", captcha = "ok" };

    private static object SignIn(string email) => new { login = email, password = Password, captcha = "ok" };

    private static async Task<List<JsonElement>> MailAsync(HttpClient client, string to, string mailbox = "/_mock/mailbox") =>
        (await client.GetFromJsonAsync<List<JsonElement>>($"{mailbox}?to={Uri.EscapeDataString(to)}", Ct))!;

    private static async Task<DateTimeOffset> NowAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/_mock/health", Ct)).GetProperty("now").GetDateTimeOffset();

    private static async Task<HttpStatusCode> SearchAsync(HttpClient client, string path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{path}?q=integration&n=5");
        request.Headers.Add("X-API-Key", key);
        return (await client.SendAsync(request, Ct)).StatusCode;
    }
}
