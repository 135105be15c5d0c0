using Rememberizer.Contract.Fake.State;
using StackExchange.Redis;

namespace Rememberizer.Contract.Store;

/// <summary>
/// Tenants' logs in Redis, shared by any number of mock processes: one list per tenant, whose length is the last
/// sequence. An append is a Lua script that checks that length and pushes only if it is unchanged, so it is atomic
/// on the server, and exactly one of two processes deciding on the same state records its decision.
/// </summary>
public sealed class RedisStateStore : IStateStore, IDisposable
{
    public const string Scheme = "redis://";
    private const string KeyPrefix = "rememberizer-mock:";

    // KEYS[1]: the tenant's list; ARGV[1]: the length the decision was taken at; ARGV[2..]: the changes.
    private const string Append = """
        if redis.call('LLEN', KEYS[1]) ~= tonumber(ARGV[1]) then
            return 0
        end
        for i = 2, #ARGV do
            redis.call('RPUSH', KEYS[1], ARGV[i])
        end
        return 1
        """;

    private readonly ConnectionMultiplexer _redis;

    private RedisStateStore(string description, ConnectionMultiplexer redis)
    {
        Description = description;
        _redis = redis;
    }

    public string Description { get; }

    public bool IsDurable => true;

    public static RedisStateStore Connect(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            throw new StateStoreException($"State:Store \"{url}\" is not a Redis address such as redis://127.0.0.1:6379.");
        }

        var options = new ConfigurationOptions
        {
            EndPoints = { { uri.Host, uri.IsDefaultPort ? 6379 : uri.Port } },
            ConnectTimeout = 5000,
            AbortOnConnectFail = true,

        };
        if (uri.AbsolutePath.Trim('/') is { Length: > 0 } database && int.TryParse(database, out var number))
        {
            options.DefaultDatabase = number;
        }

        try
        {
            return new RedisStateStore(url, ConnectionMultiplexer.Connect(options));
        }
        catch (RedisConnectionException failure)
        {
            throw new StateStoreException($"Redis at {uri.Host}:{(uri.IsDefaultPort ? 6379 : uri.Port)} cannot be reached ({failure.FailureType}).", failure);
        }
    }

    public IEventLog Open(string tenant) => new Log(_redis.GetDatabase(), new RedisKey(KeyPrefix + tenant + ":changes"));

    public void Dispose() => _redis.Dispose();

    private sealed class Log(IDatabase redis, RedisKey key) : IEventLog
    {
        public bool IsDurable => true;

        public async Task<IReadOnlyList<StoredEvent>> ReadAfterAsync(long sequence, CancellationToken cancel) =>
            [.. (await redis.ListRangeAsync(key, sequence, -1)).Select((change, i) => new StoredEvent(sequence + i + 1, change.ToString()))];

        public async Task<long> LastSequenceAsync(CancellationToken cancel) => await redis.ListLengthAsync(key);

        public async Task<bool> TryAppendAsync(long afterSequence, IReadOnlyList<string> events)
        {
            var values = new RedisValue[events.Count + 1];
            values[0] = afterSequence;
            for (var i = 0; i < events.Count; i++)
            {
                values[i + 1] = events[i];
            }

            return (int)await redis.ScriptEvaluateAsync(Append, [key], values) == 1;
        }
    }
}
