using Rememberizer.Contract.Fake.State;
using StackExchange.Redis;

namespace Rememberizer.Contract.Store;

/// <summary>
/// Tenants' logs in Redis, shared by any number of mock processes: per tenant, a list of the changes kept and a count
/// of those discarded before it (by resets), whose sum is the last sequence. Every operation is a Lua script, so it
/// is atomic on the server: of two processes deciding on the same state, exactly one records its decision. A request
/// asks Redis whether anything is new only when this process cannot vouch for it (<see cref="RedisNotices"/>).
/// </summary>
public sealed class RedisStateStore : IStateStore, IDisposable
{
    public const string Scheme = "redis://";
    private const string KeyPrefix = "rememberizer-mock:";

    // Every script: KEYS[1] the tenant's list of changes kept, KEYS[2] how many were discarded before its first, KEYS[3]
    // the processes that read the tenant (id -> lease end, in Redis's milliseconds). The keys carry the tenant as a
    // hash tag, so a Redis Cluster keeps them in one slot, as a script needs.

    // The last sequence, read by a process that then registers as a reader. ARGV[1]: its id; ARGV[2]: the lease, ms.
    private const string Last = """
        local now = redis.call('TIME')
        redis.call('HSET', KEYS[3], ARGV[1], now[1] * 1000 + math.floor(now[2] / 1000) + tonumber(ARGV[2]))
        return tonumber(redis.call('GET', KEYS[2]) or '0') + redis.call('LLEN', KEYS[1])
        """;

    // ARGV[1]: the last sequence the decision was taken at; ARGV[2]: the notices' channel; ARGV[3]: the writer's id;
    // ARGV[4]: the notice's number; ARGV[5]: the tenant; ARGV[6]: a grace, ms; ARGV[7..]: the changes. Answers 0 when
    // the log moved on, else 1 followed by the readers whose acknowledgement of the notice the writer waits for: every
    // registered reader but itself, except one whose lease ran out more than the grace ago, which is dropped (it reads
    // again before it trusts anything). The grace covers a step of Redis's clock, which a reader's lease does not see.
    private const string Append = """
        if tonumber(redis.call('GET', KEYS[2]) or '0') + redis.call('LLEN', KEYS[1]) ~= tonumber(ARGV[1]) then
            return { 0 }
        end
        for i = 7, #ARGV do
            redis.call('RPUSH', KEYS[1], ARGV[i])
        end
        local now = redis.call('TIME')
        local nowMs = now[1] * 1000 + math.floor(now[2] / 1000)
        local answer = { 1 }
        local readers = redis.call('HGETALL', KEYS[3])
        for i = 1, #readers, 2 do
            if readers[i] ~= ARGV[3] then
                if tonumber(readers[i + 1]) + tonumber(ARGV[6]) <= nowMs then
                    redis.call('HDEL', KEYS[3], readers[i])
                else
                    answer[#answer + 1] = readers[i]
                end
            end
        end
        if #answer > 1 then
            local sequence = tonumber(ARGV[1]) + #ARGV - 6
            redis.call('PUBLISH', ARGV[2], ARGV[4] .. '\n' .. ARGV[3] .. '\n' .. sequence .. '\n' .. table.concat(answer, ',', 2) .. '\n' .. ARGV[5])
        end
        return answer
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
    private readonly RedisNotices _notices;

    private RedisStateStore(string description, ConnectionMultiplexer redis, int database)
    {
        Description = description;
        _redis = redis;
        // Channels are the server's, not a database's: a mock on another database has notices of its own.
        _notices = new RedisNotices(redis, KeyPrefix + database.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":");
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
            return new RedisStateStore(url, ConnectionMultiplexer.Connect(options), options.DefaultDatabase ?? 0);
        }
        catch (RedisConnectionException failure)
        {
            throw new StateStoreException($"Redis at {uri.Host}:{(uri.IsDefaultPort ? 6379 : uri.Port)} cannot be reached ({failure.FailureType}).", failure);
        }
    }

    public IEventLog Open(string tenant)
    {
        RedisKey[] keys = [
            new(KeyPrefix + "{" + tenant + "}:changes"),
            new(KeyPrefix + "{" + tenant + "}:discarded"),
            new(KeyPrefix + "{" + tenant + "}:readers"),
        ];
        return new Log(this, tenant, keys, _notices.Of(tenant, keys[2]));
    }

    public void Dispose()
    {
        try
        {
            _notices.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        finally
        {
            _redis.Dispose();
        }
    }

    private sealed class Log(RedisStateStore store, string tenant, RedisKey[] keys, RedisNotices.TenantKnowledge knowledge) : IEventLog
    {
        private readonly IDatabase redis = store._redis.GetDatabase();

        public bool IsDurable => true;

        public async Task<IReadOnlyList<StoredEvent>> ReadAfterAsync(long sequence, CancellationToken cancel)
        {
            var answer = (RedisResult[])(await redis.ScriptEvaluateAsync(ReadAfter, keys, [sequence]))!;
            var before = (long)answer[0];
            return [.. ((RedisValue[])answer[1]!).Select((change, i) => new StoredEvent(before + i + 1, change.ToString()))];
        }

        public async Task<long> LastSequenceAsync(CancellationToken cancel)
        {
            var (epoch, sentAt) = knowledge.BeginRead();
            var last = (long)await redis.ScriptEvaluateAsync(Last, keys, [store._notices.Id, RedisNotices.LeaseMilliseconds]);
            knowledge.Knows(last);
            knowledge.Trust(epoch, sentAt);
            return last;
        }

        public bool TryLastSequenceAtOnce(out long sequence) => knowledge.TryLast(out sequence);

        public async Task<bool> TryAppendAsync(long afterSequence, IReadOnlyList<string> events)
        {
            var notice = store._notices.Expect();
            try
            {
                var values = new RedisValue[events.Count + 6];
                values[0] = afterSequence;
                values[1] = store._notices.NoticesChannel;
                values[2] = store._notices.Id;
                values[3] = notice.Id;
                values[4] = tenant;
                values[5] = RedisNotices.LeaseMilliseconds;
                for (var i = 0; i < events.Count; i++)
                {
                    values[i + 6] = events[i];
                }

                RedisResult[] answer;
                try
                {
                    answer = (RedisResult[])(await redis.ScriptEvaluateAsync(Append, keys, values))!;
                }
                catch
                {
                    // Redis may have recorded the change and lost only the reply: read again before trusting anything.
                    knowledge.Distrust();
                    throw;
                }

                if ((int)answer[0] != 1)
                {
                    return false;
                }

                knowledge.Knows(afterSequence + events.Count);
                if (answer.Length > 1)
                {
                    await store._notices.AwaitReadersAsync(notice, keys[2], [.. answer.Skip(1).Select(reader => (string)reader!)]);
                }

                return true;
            }
            finally
            {
                store._notices.Forget(notice);
            }
        }

        public Task DiscardBeforeAsync(long sequence, CancellationToken cancel) => redis.ScriptEvaluateAsync(Discard, keys, [sequence]);
    }
}
