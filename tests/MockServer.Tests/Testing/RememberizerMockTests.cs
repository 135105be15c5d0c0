using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Tests.Fixtures;
using Rememberizer.Contract.Testing;

namespace Rememberizer.Contract.MockServer.Tests.Testing;

/// <summary>
/// <c>RememberizerMock</c> as a test suite uses it: in this process, on a free loopback port, over real sockets.
/// </summary>
public sealed class RememberizerMockTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoMocksRunSideBySideEachWithItsOwnStateAndBothPortsAreFreedOnDispose()
    {
        var first = await RememberizerMock.StartAsync(new RememberizerMockOptions { Seed = 7 }, Ct);
        var second = await RememberizerMock.StartAsync(new RememberizerMockOptions { Seed = 7 }, Ct);
        int[] ports = [first.Port, second.Port];
        try
        {
            await first.Control.CreateUserAsync("only-first@example.com", "secure_password", "Only First", cancellationToken: Ct);

            Assert.NotEqual(first.Port, second.Port);
            Assert.Equal(IPAddress.Loopback.ToString(), first.BaseAddress.Host);
            Assert.EndsWith("/api/v1/", first.BaseAddress.AbsoluteUri, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NoContent, await SignInStatusAsync(first, "only-first@example.com"));
            Assert.Equal(HttpStatusCode.Unauthorized, await SignInStatusAsync(second, "only-first@example.com"));
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }

        foreach (var port in ports)
        {
            // Binding the same port again succeeds only once the mock let go of it.
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
        }
    }

    [Fact]
    public async Task TheSameSeedGivesTheSameKeysAndTheyOpenTheirEndpoints()
    {
        await using var mock = await RememberizerMock.StartAsync(new RememberizerMockOptions { Seed = 7 }, Ct);
        await using var other = await RememberizerMock.StartAsync(new RememberizerMockOptions { Seed = 8 }, Ct);
        using var client = mock.CreateClient();

        using var withKnowledgeKey = new HttpRequestMessage(HttpMethod.Get, "account/") { Headers = { { "X-API-Key", mock.Keys.CommonKnowledge } } };
        using var withStoreKey = new HttpRequestMessage(HttpMethod.Get, "vector-stores/me") { Headers = { { "x-api-key", mock.Keys.VectorStore } } };
        var account = await client.SendAsync(withKnowledgeKey, Ct);
        var store = await client.SendAsync(withStoreKey, Ct);

        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Equal(HttpStatusCode.OK, store.StatusCode);
        Assert.NotEqual(mock.Keys, other.Keys);
        await using var again = await RememberizerMock.StartAsync(new RememberizerMockOptions { Seed = 7 }, Ct);
        Assert.Equal(mock.Keys, again.Keys);
    }

    [Fact]
    public async Task ASignUpIsVerifiedWithTheCodeFromTheMailboxAndTheClientKeepsTheSessionCookies()
    {
        await using var mock = await RememberizerMock.StartAsync(cancellationToken: Ct);
        using var browser = mock.CreateClient();

        var signUp = await browser.PostAsJsonAsync("auth/signup/", new { email = "new@example.com", password = "secure_password", name = "New User", captcha = "ok" }, Ct);
        var access = (await signUp.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("access").GetString();
        var code = await mock.Control.LatestCodeAsync("new@example.com", Ct);
        using var verify = new HttpRequestMessage(HttpMethod.Post, "auth/verify-email/")
        {
            Headers = { { "Authorization", $"Bearer {access}" } },
            Content = JsonContent.Create(new { verification_code = code }),
        };
        var verified = await browser.SendAsync(verify, Ct);
        var signIn = await browser.PostAsJsonAsync("auth/signin/", new { login = "new@example.com", password = "secure_password", captcha = "ok" }, Ct);
        var account = await browser.GetAsync("account/", Ct);

        Assert.Equal(HttpStatusCode.Created, signUp.StatusCode);
        Assert.Matches("^[0-9]{6}$", code);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains(await mock.Control.UsersAsync(Ct), user => user.Email == "new@example.com" && user.Sessions.Count > 0);
    }

    [Fact]
    public async Task TheClockPreferencesAndResetActOnTheMock()
    {
        await using var mock = await RememberizerMock.StartAsync(cancellationToken: Ct);
        await mock.Control.CreateUserAsync("clock@example.com", "secure_password", "Clock User", cancellationToken: Ct);
        using var browser = mock.CreateClient();
        await SignInAsync(browser, "clock@example.com");

        var fresh = await browser.GetAsync("account/", Ct);
        await mock.Control.AdvanceClockAsync(TimeSpan.FromMinutes(6), Ct);
        var expired = await browser.GetAsync("account/", Ct);
        var stored = await mock.Control.PreferAsync("code=503", "getAccount", times: 1, Ct);
        using var withKey = new HttpRequestMessage(HttpMethod.Get, "account/") { Headers = { { "X-API-Key", mock.Keys.CommonKnowledge } } };
        using var application = mock.CreateClient();
        var outage = await application.SendAsync(withKey, Ct);
        await mock.Control.PreferAsync("code=503", cancellationToken: Ct);
        await mock.Control.ResetAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal(1, stored.Times);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, outage.StatusCode);
        Assert.Empty(await mock.Control.PreferencesAsync(Ct));
        Assert.DoesNotContain(await mock.Control.UsersAsync(Ct), user => user.Email == "clock@example.com");
    }

    [Fact]
    public async Task ABrowserReachesThePagesOfAnInProcessMock()
    {
        await using var mock = await RememberizerMock.StartAsync(cancellationToken: Ct);
        using var browser = new HttpClient { BaseAddress = mock.Address };
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        foreach (var page in new[] { "", "docs/", "_mock/" })
        {
            var response = await browser.GetAsync(page, Ct);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"/{page} answered {(int)response.StatusCode}");
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task ARefusedControlRequestNamesTheFieldAndChangesNothing()
    {
        await using var mock = await RememberizerMock.StartAsync(cancellationToken: Ct);
        var before = (await mock.Control.UsersAsync(Ct)).Count;

        var refused = await Assert.ThrowsAsync<MockControlException>(() => mock.Control.CreateUserAsync("not-an-address", "secure_password", "Someone", cancellationToken: Ct));
        var unknown = await Assert.ThrowsAsync<MockControlException>(() => mock.Control.PreferAsync("code=503", "noSuchOperation", cancellationToken: Ct));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("\"email\"", refused.Body, StringComparison.Ordinal);
        Assert.Contains("\"operation_id\"", unknown.Body, StringComparison.Ordinal);
        Assert.Equal(before, (await mock.Control.UsersAsync(Ct)).Count);
        Assert.Empty(await mock.Control.PreferencesAsync(Ct));
    }

    [Fact]
    public async Task ASettingTheMockDoesNotKnowFailsTheStartNamingIt()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            RememberizerMock.StartAsync(new RememberizerMockOptions { Settings = ["--Auth:NoSuchSetting=1"] }, Ct));

        Assert.Contains("NoSuchSetting", failure.ToString(), StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> SignInStatusAsync(RememberizerMock mock, string email)
    {
        using var client = mock.CreateClient();
        return (await client.PostAsJsonAsync("auth/signin/", new { login = email, password = "secure_password", captcha = "ok" }, Ct)).StatusCode;
    }

    [Fact]
    public async Task AMockStartedWithAFixtureHasItsKeysAndAScenarioOrABadFileIsLoadedOrRefusedThroughControl()
    {
        var team = FixtureClient.TeamFile;
        await using var mock = await RememberizerMock.StartAsync(new RememberizerMockOptions { Fixtures = team }, Ct);
        await using var busyAtStart = await RememberizerMock.StartAsync(new RememberizerMockOptions { Fixtures = team, Scenario = "busy-account" }, Ct);
        using var browser = busyAtStart.CreateClient();

        await SignInAsync(browser, "ada@example.com", FixtureClient.Password);
        var busy = await browser.GetFromJsonAsync<JsonElement>("documents/", Ct);
        var refused = await Assert.ThrowsAsync<MockControlException>(() => mock.Control.LoadFixtureAsync("users: [{ email: 7 }]", cancellationToken: Ct));
        await busyAtStart.Control.LoadFixtureAsync(scenario: "empty-account", cancellationToken: Ct);
        await SignInAsync(browser, "ada@example.com", FixtureClient.Password);
        var empty = await browser.GetFromJsonAsync<JsonElement>("documents/", Ct);

        Assert.Equal("vs_test_456", mock.Keys.VectorStore);
        Assert.Equal("ck_test_123", mock.Keys.CommonKnowledge);
        Assert.Equal("", busyAtStart.Keys.VectorStore); // the scenario has no vector store
        Assert.Equal(3, busy.GetProperty("count").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("/users/0/email", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, empty.GetProperty("count").GetInt32());
    }

    private static async Task SignInAsync(HttpClient browser, string email, string password = "secure_password") =>
        (await browser.PostAsJsonAsync("auth/signin/", new { login = email, password, captcha = "ok" }, Ct)).EnsureSuccessStatusCode();
}
