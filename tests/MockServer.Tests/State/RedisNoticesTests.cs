using System.Diagnostics;
using System.Net;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;
using Rememberizer.Contract.Store;
using StackExchange.Redis;
using static Rememberizer.Contract.MockServer.Tests.State.RoamingBrowser;

namespace Rememberizer.Contract.MockServer.Tests.State;

/// <summary>
/// How a mock on Redis knows its tenants are unchanged without asking on every request: it registers as a reader of
/// each tenant it read, under a lease, and a writer answers only once every registered reader has acknowledged the
/// change, or has been dropped and its lease has run out.
/// </summary>
public sealed class RedisNoticesTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadsOfAnUnchangedTenantDoNotAskRedisEachTime()
    {
        redis.SkipUnlessRunning();
        await using var mock = Mock();
        var browser = await SignedInAsync(mock, "quiet");
        using var connection = await ConnectAsync();
        var before = await ScriptCallsAsync(connection);

        for (var i = 0; i < 100; i++)
        {
            AssertStatus(HttpStatusCode.OK, await browser.AccountAsync(mock), $"GET {i}");
        }

        // Only lease renewals (two a second per tenant read) remain; asking on every request made a hundred calls.
        Assert.InRange(await ScriptCallsAsync(connection) - before, 0, 49);
    }

    [Fact]
    public async Task AReaderThatDoesNotAcknowledgeIsDroppedAndTheWriteAnswersOnlyOnceItsLeaseRanOut()
    {
        redis.SkipUnlessRunning();
        await using var mock = Mock();
        var browser = await SignedInAsync(mock, "silent");
        using var connection = await ConnectAsync();
        var database = connection.GetDatabase();
        var clock = Stopwatch.StartNew();
        // A reader that registered and then went silent (a process stopped in a debugger, or cut off from Redis).
        var now = await connection.GetServer(connection.GetEndPoints()[0]).TimeAsync();
        await database.HashSetAsync(Readers("silent"), "silent-reader", new DateTimeOffset(now).ToUnixTimeMilliseconds() + 1500);

        AssertStatus(HttpStatusCode.Created, await browser.SendAsync(mock, HttpMethod.Post, "/_mock/users",
            new { email = "after-silence@example.com", password = Password, name = "A", email_verified = true }), "a write");

        Assert.False(await database.HashExistsAsync(Readers("silent"), "silent-reader"), "the silent reader is no longer registered");
        Assert.True(clock.ElapsedMilliseconds >= 1450, $"answered after {clock.ElapsedMilliseconds} ms, before the silent reader's lease ran out");
    }

    [Fact]
    public async Task AStoreThatIsDisposedLeavesTheReadersOfItsTenants()
    {
        redis.SkipUnlessRunning();
        using var connection = await ConnectAsync();
        var database = connection.GetDatabase();
        var store = RedisStateStore.Connect(redis.Url);
        var log = store.Open("leaving");
        await log.LastSequenceAsync(Ct);
        Assert.Equal(1, await database.HashLengthAsync(Readers("leaving")));
        Assert.True(log.TryLastSequenceAtOnce(out _), "a registered reader answers without asking");

        store.Dispose();

        // So writers need not wait for its lease to run out; and what it knew is no longer vouched for.
        Assert.Equal(0, await database.HashLengthAsync(Readers("leaving")));
        Assert.False(log.TryLastSequenceAtOnce(out _), "a reader that left answers only after asking");
    }

    private MockServerApp Mock() => new MockServerApp().With("State:Store", redis.Url);

    private static RedisKey Readers(string tenant) => $"rememberizer-mock:{{{tenant}}}:readers";

    private Task<ConnectionMultiplexer> ConnectAsync() => ConnectionMultiplexer.ConnectAsync(redis.Url["redis://".Length..] + ",allowAdmin=true");

    private static async Task<RoamingBrowser> SignedInAsync(MockServerApp mock, string tenant)
    {
        var browser = new RoamingBrowser(tenant);
        AssertStatus(HttpStatusCode.Created, await browser.SendAsync(mock, HttpMethod.Post, "/_mock/users",
            new { email = $"{tenant}@example.com", password = Password, name = "R", email_verified = true }), "user");
        AssertStatus(HttpStatusCode.NoContent, await browser.SignInAsync(mock, $"{tenant}@example.com"), "sign-in");
        AssertStatus(HttpStatusCode.OK, await browser.AccountAsync(mock), "the first read");
        return browser;
    }

    private static async Task<long> ScriptCallsAsync(ConnectionMultiplexer connection)
    {
        var stats = await connection.GetServer(connection.GetEndPoints()[0]).InfoRawAsync("commandstats");
        return stats!.Split('\n')
            .Where(line => line.StartsWith("cmdstat_eval", StringComparison.Ordinal))
            .Sum(line => long.Parse(line.Split("calls=")[1].Split(',')[0], System.Globalization.CultureInfo.InvariantCulture));
    }
}
