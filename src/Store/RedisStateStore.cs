using Rememberizer.Contract.Fake.State;
using StackExchange.Redis;

namespace Rememberizer.Contract.Store;

/// <summary>
/// Tenants' logs in Redis, shared by any number of mock processes: per tenant, a list of the changes kept and a count
/// of those discarded before it (by resets), whose sum is the last sequence. Every operation is a Lua script, so it
/// is atomic on the server: of two processes deciding on the same state, exactly one records its decision.
/// </summary>
public sealed class RedisStateStore : IStateStore, IDisposable
{
    public const string Scheme = "redis://";
    private const string KeyPrefix = "rememberizer-mock:";

    // Every script: KEYS[1] the tenant's list of changes kept, KEYS[2] how many were discarded before its first. Both
    // keys carry the tenant as a hash tag, so a Redis Cluster keeps them in one slot, as a script needs.
    private const string Last = """
        return tonumber(redis.call('GET', KEYS[2]) or '0') + redis.call('LLEN', KEYS[1])
        """;

    // ARGV[1]: the last sequence the decision was taken at; ARGV[2..]: the changes.
    private const string Append = """
        if tonumber(redis.call('GET', KEYS[2]) or '0') + redis.call('LLEN', KEYS[1]) ~= tonumber(ARGV[1]) then
            return 0
        end
        for i = 2, #ARGV do
            redis.call('RPUSH', KEYS[1], ARGV[i])
        end
        return 1
        """;

    // ARGV[1]: read after this sequence. Answers the sequence before the first change returned, then the changes.
    private const string ReadAfter = """
        local discarded = tonumber(redis.call('GET', KEYS[2]) or '0')
        local from = math.max(tonumber(ARGV[1]) - discarded, 0)
        return { discarded + from, redis.call('LRANGE', KEYS[1], from, -1) }
        """;

    // ARGV[1]: the first sequence to keep.
    private const string Discard = """
        local count = tonumber(ARGV[1]) - 1 - tonumber(redis.call('GET', KEYS[2]) or '0')
        if count > 0 then
            redis.call('LTRIM', KEYS[1], count, -1)
            redis.call('INCRBY', KEYS[2], count)
        end
        return 0
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

    public IEventLog Open(string tenant) =>
        new Log(_redis.GetDatabase(), [new RedisKey(KeyPrefix + "{" + tenant + "}:changes"), new RedisKey(KeyPrefix + "{" + tenant + "}:discarded")]);

    public void Dispose() => _redis.Dispose();

    private sealed class Log(IDatabase redis, RedisKey[] keys) : IEventLog
    {
        public bool IsDurable => true;

        public async Task<IReadOnlyList<StoredEvent>> ReadAfterAsync(long sequence, CancellationToken cancel)
        {
            var answer = (RedisResult[])(await redis.ScriptEvaluateAsync(ReadAfter, keys, [sequence]))!;
            var before = (long)answer[0];
            return [.. ((RedisValue[])answer[1]!).Select((change, i) => new StoredEvent(before + i + 1, change.ToString()))];
        }

        public async Task<long> LastSequenceAsync(CancellationToken cancel) => (long)await redis.ScriptEvaluateAsync(Last, keys);

        public async Task<bool> TryAppendAsync(long afterSequence, IReadOnlyList<string> events)
        {
            var values = new RedisValue[events.Count + 1];
            values[0] = afterSequence;
            for (var i = 0; i < events.Count; i++)
            {
                values[i + 1] = events[i];
            }

            return (int)await redis.ScriptEvaluateAsync(Append, keys, values) == 1;
        }

        public Task DiscardBeforeAsync(long sequence, CancellationToken cancel) => redis.ScriptEvaluateAsync(Discard, keys, [sequence]);
    }
}
