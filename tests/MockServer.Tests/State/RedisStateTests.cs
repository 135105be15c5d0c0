using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;
using static Rememberizer.Contract.MockServer.Tests.State.RoamingBrowser;

namespace Rememberizer.Contract.MockServer.Tests.State;

/// <summary>
/// <c>--state redis://…</c>: two mocks on one Redis behave as one. A client may meet either on every request and
/// reads its own writes; the outcomes the mock promises to be exact (one account per address, one winner among
/// refreshes of a token, the attempt limit of a code) hold across both.
/// </summary>
public sealed class RedisStateTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheAccountFlowAlternatingBetweenTwoMocksAnswersAsOneMockWould()
    {
        redis.SkipUnlessRunning();
        await using var a = Mock();
        await using var b = Mock();
        var browser = new RoamingBrowser("flow");

        AssertStatus(HttpStatusCode.Created, await browser.SignUpAsync(a, "roam@example.com"), "sign-up on A");
        AssertStatus(HttpStatusCode.OK, await browser.VerifyAsync(b, await browser.LatestCodeAsync(b, "roam@example.com")), "code read and verified on B");
        AssertStatus(HttpStatusCode.NoContent, await browser.SignInAsync(a, "roam@example.com"), "sign-in on A");
        AssertStatus(HttpStatusCode.OK, await browser.AccountAsync(b), "account on B");
        var beforeRotation = browser.Copy();
        AssertStatus(HttpStatusCode.NoContent, await browser.RefreshAsync(b), "refresh on B");
        AssertStatus(HttpStatusCode.OK, await browser.AccountAsync(a), "account on A with the rotated session");
        AssertStatus(HttpStatusCode.Unauthorized, await beforeRotation.RefreshAsync(a), "the rotated-away token replayed on A");
        AssertStatus(HttpStatusCode.Unauthorized, await browser.AccountAsync(b), "reuse ended the session, seen on B");
        AssertStatus(HttpStatusCode.NoContent, await browser.SignInAsync(b, "roam@example.com"), "sign-in again on B");
        var signedIn = browser.Copy();
        AssertStatus(HttpStatusCode.NoContent, await browser.LogOutAsync(a), "log-out on A");
        AssertStatus(HttpStatusCode.Unauthorized, await signedIn.AccountAsync(b), "the logged-out session's access cookie on B");
    }

    [Fact]
    public async Task AHundredParallelSignUpsOfOneAddressOverTwoMocksMakeOneUser()
    {
        redis.SkipUnlessRunning();
        await using var a = Mock();
        await using var b = Mock();
        var usersBefore = await UsersAsync(a, "race-signup");

        var answers = await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            new RoamingBrowser("race-signup").SignUpAsync(i % 2 == 0 ? a : b, "once@example.com")));

        Assert.Equal(1, answers.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(99, answers.Count(r => r.StatusCode == HttpStatusCode.BadRequest));
        Assert.Equal(usersBefore + 1, await UsersAsync(a, "race-signup"));
        Assert.Equal(usersBefore + 1, await UsersAsync(b, "race-signup"));
    }

    [Fact]
    public async Task FiftyParallelRefreshesOfOneTokenOverTwoMocksMakeOneSuccess()
    {
        redis.SkipUnlessRunning();
        await using var a = Mock();
        await using var b = Mock();
        var browser = new RoamingBrowser("race-refresh");
        AssertStatus(HttpStatusCode.Created, await browser.SendAsync(a, HttpMethod.Post, "/_mock/users",
            new { email = "refresh@example.com", password = Password, name = "R", email_verified = true }), "user");
        AssertStatus(HttpStatusCode.NoContent, await browser.SignInAsync(b, "refresh@example.com"), "sign-in");

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => browser.Copy().RefreshAsync(i % 2 == 0 ? a : b)));

        Assert.Equal(1, answers.Count(r => r.StatusCode == HttpStatusCode.NoContent));
        Assert.Equal(49, answers.Count(r => r.StatusCode == HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task TheCodeAttemptLimitCountsWrongGuessesOnBothMocks()
    {
        redis.SkipUnlessRunning();
        await using var a = Mock();
        await using var b = Mock();
        var browser = new RoamingBrowser("race-code");
        AssertStatus(HttpStatusCode.Created, await browser.SignUpAsync(a, "guess@example.com"), "sign-up");
        var code = await browser.LatestCodeAsync(b, "guess@example.com");
        var wrong = code == "000000" ? "111111" : "000000";

        for (var attempt = 0; attempt < 5; attempt++)
        {
            AssertStatus(HttpStatusCode.BadRequest, await browser.VerifyAsync(attempt % 2 == 0 ? a : b, wrong), $"wrong guess {attempt + 1}");
        }

        var right = await browser.VerifyAsync(b, code);
        AssertStatus(HttpStatusCode.TooManyRequests, right, "the right code after five wrong guesses spread over both");
        Assert.Contains("Too many", (await right.Content.ReadAsStringAsync(Ct)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UnderLoadEverySessionStartedOrEndedOnOneMockIsSeenByTheNextRequestToTheOther()
    {
        redis.SkipUnlessRunning();
        await using var a = Mock();
        await using var b = Mock();
        var reader = new RoamingBrowser("load");
        AssertStatus(HttpStatusCode.Created, await reader.SendAsync(a, HttpMethod.Post, "/_mock/users",
            new { email = "load@example.com", password = Password, name = "L", email_verified = true }), "user");
        AssertStatus(HttpStatusCode.NoContent, await reader.SignInAsync(b, "load@example.com"), "the readers' sign-in");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        // Sixteen readers keep both mocks busy, so requests arrive while a read of the store is under way and share it.
        var load = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            var answered = 0;
            for (; !stop.IsCancellationRequested; answered++)
            {
                AssertStatus(HttpStatusCode.OK, await reader.Copy().AccountAsync(i % 2 == 0 ? a : b), "a reader's GET");
            }

            return answered;
        }, Ct)).ToArray();

        for (var round = 0; round < 30; round++)
        {
            var (one, other) = round % 2 == 0 ? (a, b) : (b, a);
            var browser = new RoamingBrowser("load");
            AssertStatus(HttpStatusCode.NoContent, await browser.SignInAsync(one, "load@example.com"), $"sign-in {round}");
            var signedIn = browser.Copy();
            AssertStatus(HttpStatusCode.OK, await browser.AccountAsync(other), $"sign-in {round}'s session, at once on the other mock");
            AssertStatus(HttpStatusCode.NoContent, await browser.LogOutAsync(other), $"log-out {round} on the other mock");
            AssertStatus(HttpStatusCode.Unauthorized, await signedIn.AccountAsync(one), $"log-out {round}, at once on the first mock");
        }

        await stop.CancelAsync();
        Assert.All(await Task.WhenAll(load), answered => Assert.True(answered > 0, "every reader was answered"));
    }

    [Fact]
    public async Task DataAndKeysMadeOnOneMockAreThereOnTheOther()
    {
        redis.SkipUnlessRunning();
        await using var a = Mock();
        await using var b = Mock();
        var browser = new RoamingBrowser("data");
        AssertStatus(HttpStatusCode.Created, await browser.SendAsync(a, HttpMethod.Post, "/_mock/users",
            new { email = "shared@example.com", password = Password, name = "S", email_verified = true }), "user on A");
        AssertStatus(HttpStatusCode.NoContent, await browser.SignInAsync(b, "shared@example.com"), "sign-in on B");

        AssertStatus(HttpStatusCode.Created, await browser.SendAsync(a, HttpMethod.Post, "/api/v1/documents/memorize/",
            new { name = "Quokka note", content = "Quokkas smile on every instance." }), "memorize on A");
        var search = await (await browser.SendAsync(b, HttpMethod.Get, "/api/v1/documents/search/?q=quokkas%20smile")).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var knowledge = await (await browser.SendAsync(b, HttpMethod.Post, "/_mock/common-knowledge",
            new { owner_email = "shared@example.com", name = "Quokka knowledge" })).Content.ReadFromJsonAsync<JsonElement>(Ct);
        using var byKey = new HttpRequestMessage(HttpMethod.Get, "/api/v1/documents/search/?q=quokkas%20smile");
        byKey.Headers.Add("X-API-Key", knowledge.GetProperty("api_key").GetString());
        byKey.Headers.Add("X-Mock-Tenant", "data");

        Assert.Contains(search.GetProperty("matched_chunks").EnumerateArray(), c => c.GetProperty("document").GetProperty("name").GetString() == "Quokka note");
        var found = await a.CreateBareClient().SendAsync(byKey, Ct);
        AssertStatus(HttpStatusCode.OK, found, "the key published on B, used on A");
        Assert.Contains("Quokka note", await found.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResetOnOneMockDiscardsTheLogBeforeItAndAMockThatWasBehindOrStartsLaterAgrees()
    {
        redis.SkipUnlessRunning();
        await using var a = Mock();
        await using var b = Mock();
        var browser = new RoamingBrowser("compact");
        var seeded = await UsersAsync(a, "compact");
        AssertStatus(HttpStatusCode.Created, await browser.SignUpAsync(a, "before@example.com"), "sign-up on A");
        Assert.Equal(seeded + 1, await UsersAsync(b, "compact")); // B has read the log up to before the reset
        AssertStatus(HttpStatusCode.NoContent, await browser.SendAsync(a, HttpMethod.Post, "/_mock/reset"), "reset on A");
        AssertStatus(HttpStatusCode.Created, await browser.SendAsync(a, HttpMethod.Post, "/_mock/users",
            new { email = "after@example.com", password = Password, name = "A", email_verified = true }), "user after the reset on A");
        AssertStatus(HttpStatusCode.NoContent, await browser.SignInAsync(a, "after@example.com"), "sign-in on A");

        await using var c = Mock();
        using var connection = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis.Url["redis://".Length..]);
        var discarded = (long)await connection.GetDatabase().StringGetAsync("rememberizer-mock:{compact}:discarded");
        var firstKept = (string?)await connection.GetDatabase().ListGetByIndexAsync("rememberizer-mock:{compact}:changes", 0);

        Assert.True(discarded > 0, "the changes before the reset are discarded");
        Assert.Contains("state_was_reset", firstKept, StringComparison.Ordinal); // and nothing else: the reset is kept first
        AssertStatus(HttpStatusCode.OK, await browser.AccountAsync(b), "account on B, which was behind the reset");
        AssertStatus(HttpStatusCode.OK, await browser.AccountAsync(c), "account on C, started after the reset");
        Assert.Equal(seeded + 1, await UsersAsync(b, "compact"));
        Assert.Equal(seeded + 1, await UsersAsync(c, "compact"));
        AssertStatus(HttpStatusCode.Created, await browser.SignUpAsync(c, "before@example.com"), "the address taken before the reset is free on C");
    }

    [Fact]
    public async Task AStoredPreferenceOnOneMockAppliesOnBothAndItsUsesAreCountedExactlyOverBoth()
    {
        redis.SkipUnlessRunning();
        await using var a = Mock();
        await using var b = Mock();
        var browser = new RoamingBrowser("prefer");
        AssertStatus(HttpStatusCode.Created, await browser.SendAsync(a, HttpMethod.Post, "/_mock/users",
            new { email = "outage@example.com", password = Password, name = "O", email_verified = true }), "user on A");
        AssertStatus(HttpStatusCode.NoContent, await browser.SignInAsync(b, "outage@example.com"), "sign-in on B");
        AssertStatus(HttpStatusCode.Created, await browser.SendAsync(a, HttpMethod.Post, "/_mock/preferences",
            new { operation_id = "getAccount", prefer = "code=503", times = 7 }), "a preference for seven requests, stored on A");

        AssertStatus(HttpStatusCode.ServiceUnavailable, await browser.AccountAsync(b), "the first use, on B");
        AssertStatus(HttpStatusCode.ServiceUnavailable, await browser.AccountAsync(b), "the second use, on B");
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => browser.Copy().AccountAsync(i % 2 == 0 ? a : b)));
        var leftOnA = await (await browser.SendAsync(a, HttpMethod.Get, "/_mock/preferences")).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var leftOnB = await (await browser.SendAsync(b, HttpMethod.Get, "/_mock/preferences")).Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(5, answers.Count(r => r.StatusCode == HttpStatusCode.ServiceUnavailable));
        Assert.Equal(15, answers.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(0, leftOnA.GetArrayLength());
        Assert.Equal(0, leftOnB.GetArrayLength());
    }

    private MockServerApp Mock() => new MockServerApp().With("State:Store", redis.Url);

    private static async Task<int> UsersAsync(MockServerApp mock, string tenant) =>
        (await (await new RoamingBrowser(tenant).SendAsync(mock, HttpMethod.Get, "/_mock/health")).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("users").GetInt32();
}
