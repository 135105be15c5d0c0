using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;

namespace Rememberizer.Contract.Store;

/// <summary>
/// Lets a process know its tenants' last sequence without asking Redis on every request, and still never miss a
/// change another process has answered. A process that read a tenant's last sequence is registered as one of the
/// tenant's readers, with a lease it renews. A writer publishes a notice of each change it records, and answers its
/// caller only once every reader the change found registered has taken the notice in and acknowledged it; a reader
/// that does not acknowledge in time loses its registration, and the writer waits until that reader's lease has run
/// out. A reader trusts what it knows of a tenant only while its lease on it lasts, and reads again once it has lost
/// it. So the change is known to every process that answers from memory, and the others read it from Redis.
/// </summary>
internal sealed class RedisNotices : IAsyncDisposable
{
    // How long a registration lasts unless renewed, how often it is renewed, and how long a writer waits for
    // acknowledgements before it gives up on a reader (and then waits out the rest of that reader's lease).
    internal static readonly TimeSpan Lease = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RenewEvery = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan AcknowledgeWithin = TimeSpan.FromSeconds(1);
    private const int RevokeAttempts = 20;

    // A tenant no request asked about for this long is no longer renewed: its registration runs out, and writers stop
    // waiting for this process's acknowledgements of its changes.
    private static readonly TimeSpan IdleAfter = TimeSpan.FromSeconds(10);

    // A reader stops trusting its lease this much before the end Redis recorded: clocks tick alike, but Redis's TIME
    // is read in whole milliseconds.
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(100);

    // KEYS[1]: a tenant's readers (id -> lease end, in Redis's milliseconds). ARGV[1]: this reader; ARGV[2]: lease, ms.
    private const string RenewScript = """
        if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then
            return 0
        end
        local now = redis.call('TIME')
        redis.call('HSET', KEYS[1], ARGV[1], now[1] * 1000 + math.floor(now[2] / 1000) + tonumber(ARGV[2]))
        return 1
        """;

    // KEYS[1]: a tenant's readers. ARGV: the readers to drop. Answers how many milliseconds the longest of their
    // leases still runs (0 or less: none).
    private const string RevokeScript = """
        local now = redis.call('TIME')
        local nowMs = now[1] * 1000 + math.floor(now[2] / 1000)
        local longest = 0
        for i = 1, #ARGV do
            local lease = redis.call('HGET', KEYS[1], ARGV[i])
            if lease then
                redis.call('HDEL', KEYS[1], ARGV[i])
                longest = math.max(longest, tonumber(lease) - nowMs)
            end
        end
        return longest
        """;

    private readonly ConnectionMultiplexer _redis;
    private readonly RedisChannel _notices;
    private readonly RedisChannel _acknowledgements;
    private readonly string _channelPrefix;
    private readonly ConcurrentDictionary<string, TenantKnowledge> _tenants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, PendingNotice> _pending = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _renewing;
    private long _lastNoticeId;

    /// <summary>Subscribes before anything is read, so no notice of a change recorded after a read is missed.</summary>
    public RedisNotices(ConnectionMultiplexer redis, string channelPrefix)
    {
        _redis = redis;
        _channelPrefix = channelPrefix;
        _notices = RedisChannel.Literal(channelPrefix + "notices");
        _acknowledgements = RedisChannel.Literal(channelPrefix + "acks:" + Id);
        var subscriber = redis.GetSubscriber();
        subscriber.Subscribe(_notices, (_, message) => OnNotice(message));
        subscriber.Subscribe(_acknowledgements, (_, message) => OnAcknowledgement(message));
        // Notices published while the subscription was down are lost: nothing known before may be trusted after.
        redis.ConnectionFailed += (_, failure) =>
        {
            if (failure.ConnectionType == ConnectionType.Subscription)
            {
                DistrustAll();
            }
        };
        _renewing = RenewAsync(_stopping.Token);
    }

    /// <summary>Where writers publish their notices (the Append script's channel).</summary>
    public string NoticesChannel => _notices.ToString();

    /// <summary>This process's name among readers and writers (one per store).</summary>
    public string Id { get; } = Guid.NewGuid().ToString("N");

    public static long LeaseMilliseconds => (long)Lease.TotalMilliseconds;

    public TenantKnowledge Of(string tenant, RedisKey readers) => _tenants.GetOrAdd(tenant, _ => new TenantKnowledge(readers));

    /// <summary>A number for the next notice: acknowledgements may arrive before the script that publishes it returns.</summary>
    public PendingNotice Expect()
    {
        var notice = new PendingNotice(Interlocked.Increment(ref _lastNoticeId));
        _pending[notice.Id] = notice;
        return notice;
    }

    /// <summary>
    /// Waits until every reader the change found registered acknowledged its notice; a reader that does not, in time,
    /// is dropped from the tenant's readers and its lease waited out. Either way, when this returns, no process answers
    /// from what it knew before the change.
    /// </summary>
    public async Task AwaitReadersAsync(PendingNotice notice, RedisKey readers, IReadOnlyCollection<string> expected)
    {
        var missing = await notice.WaitAsync(expected, AcknowledgeWithin);
        if (missing.Count == 0)
        {
            return;
        }

        // Until the revocation is recorded, a silent reader may renew and go on answering without the change: keep
        // trying (a lost reply is harmless, the script can run twice).
        long longest;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                longest = (long)await _redis.GetDatabase().ScriptEvaluateAsync(RevokeScript, [readers], [.. missing.Select(id => (RedisValue)id)]);
                break;
            }
            catch (Exception failure) when (failure is RedisException or TimeoutException && attempt < RevokeAttempts)
            {
                await Task.Delay(RenewEvery);
            }
        }

        // No reader trusts a lease longer than one lease from its last renewal, whatever Redis's clock did since.
        if (longest > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(longest + 1, Lease.TotalMilliseconds)));
        }
    }

    public void Forget(PendingNotice notice) => _pending.TryRemove(notice.Id, out _);

    private void OnNotice(RedisValue message)
    {
        // The notice's number, its writer, the change's sequence, the readers the writer waits for, the tenant.
        var parts = ((string)message!).Split('\n', 5);
        if (parts.Length != 5 || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var sequence))
        {
            return;
        }

        if (_tenants.TryGetValue(parts[4], out var tenant))
        {
            tenant.Knows(sequence);
        }

        if (parts[3].Split(',').Contains(Id))
        {
            _redis.GetSubscriber().Publish(RedisChannel.Literal(_channelPrefix + "acks:" + parts[1]), parts[0] + "\n" + Id, CommandFlags.FireAndForget);
        }
    }

    private void OnAcknowledgement(RedisValue message)
    {
        var parts = ((string)message!).Split('\n', 2);
        if (parts.Length == 2 && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var id) && _pending.TryGetValue(id, out var notice))
        {
            notice.Acknowledged(parts[1]);
        }
    }

    private async Task RenewAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(RenewEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                var trusted = _tenants.Values.Where(t => t.IsTrusted).ToList();
                foreach (var idle in trusted.Where(t => t.IdleFor > IdleAfter))
                {
                    idle.Distrust();
                }

                await Task.WhenAll(trusted.Where(t => t.IsTrusted).Select(RenewAsync));
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private async Task RenewAsync(TenantKnowledge tenant)
    {
        var (epoch, sentAt) = tenant.BeginRead();
        try
        {
            var renewed = (long)await _redis.GetDatabase().ScriptEvaluateAsync(RenewScript, [tenant.Readers], [Id, LeaseMilliseconds]) == 1;
            if (renewed)
            {
                tenant.Trust(epoch, sentAt);
            }
            else
            {
                tenant.Distrust(); // a writer gave up on this process: read again before answering from memory
            }
        }
        catch (Exception failure) when (failure is RedisException or TimeoutException or RedisCommandException)
        {
            // Unreachable for now: the lease runs out on its own, and requests read Redis until a renewal succeeds.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _renewing;
        _stopping.Dispose();
        DistrustAll();
        try
        {
            // Leave the tenants' readers, so writers need not wait for this process's leases to run out.
            var database = _redis.GetDatabase();
            await Task.WhenAll(_tenants.Values.Select(t => database.HashDeleteAsync(t.Readers, Id)));
        }
        catch (Exception failure) when (failure is RedisException or TimeoutException)
        {
        }
    }

    /// <summary>Nothing known of any tenant is trusted until it is read again (which registers anew).</summary>
    public void DistrustAll()
    {
        foreach (var tenant in _tenants.Values)
        {
            tenant.Distrust();
        }
    }

    /// <summary>What this process knows of one tenant's log, and until when it may trust it.</summary>
    internal sealed class TenantKnowledge(RedisKey readers)
    {
        private readonly Lock _lock = new();
        private long _known;
        private long _trustedUntil;
        private long _lastAsked = Stopwatch.GetTimestamp();
        private int _epoch;

        public RedisKey Readers { get; } = readers;

        public bool IsTrusted => Stopwatch.GetTimestamp() < Volatile.Read(ref _trustedUntil);

        public TimeSpan IdleFor => Stopwatch.GetElapsedTime(Volatile.Read(ref _lastAsked));

        /// <summary>The last sequence, when this process's lease vouches that no notice of a later one was missed.</summary>
        public bool TryLast(out long sequence)
        {
            // Trust first: a read that restores it records what it read before, so the sequence read next includes it.
            var now = Stopwatch.GetTimestamp();
            var trusted = now < Volatile.Read(ref _trustedUntil);
            sequence = Interlocked.Read(ref _known);
            // Written at most four times a second: every request on every core would otherwise write this line.
            if (now - Volatile.Read(ref _lastAsked) > Stopwatch.Frequency / 4)
            {
                Volatile.Write(ref _lastAsked, now);
            }

            return trusted;
        }

        /// <summary>A notice's sequence, or a read's: the last sequence only grows.</summary>
        public void Knows(long sequence)
        {
            var known = Interlocked.Read(ref _known);
            while (sequence > known && Interlocked.CompareExchange(ref _known, sequence, known) is var seen && seen != known)
            {
                known = seen;
            }
        }

        /// <summary>Taken before a read that registers: what the read may vouch for, and from when.</summary>
        public (int Epoch, long SentAt) BeginRead()
        {
            lock (_lock)
            {
                return (_epoch, Stopwatch.GetTimestamp());
            }
        }

        /// <summary>A registering read or renewal succeeded: trusted for a lease counted from before it was sent.</summary>
        public void Trust(int epoch, long sentAt)
        {
            lock (_lock)
            {
                // A read that began before this process lost its registration vouches for nothing.
                if (epoch == _epoch)
                {
                    var until = sentAt + (long)((Lease - Margin).TotalSeconds * Stopwatch.Frequency);
                    Volatile.Write(ref _trustedUntil, Math.Max(_trustedUntil, until));
                }
            }
        }

        public void Distrust()
        {
            lock (_lock)
            {
                _epoch++;
                Volatile.Write(ref _trustedUntil, 0);
            }
        }
    }

    /// <summary>A change's notice, and which readers have acknowledged it so far.</summary>
    internal sealed class PendingNotice(long id)
    {
        private readonly HashSet<string> _acknowledged = new(StringComparer.Ordinal);
        private readonly TaskCompletionSource _complete = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private HashSet<string>? _expected;

        public long Id { get; } = id;

        public void Acknowledged(string reader)
        {
            lock (_acknowledged)
            {
                _acknowledged.Add(reader);
                CompleteWhenAllAnswered();
            }
        }

        /// <summary>The expected readers that had not acknowledged when the time was up.</summary>
        public async Task<IReadOnlyList<string>> WaitAsync(IReadOnlyCollection<string> expected, TimeSpan within)
        {
            lock (_acknowledged)
            {
                _expected = [.. expected];
                CompleteWhenAllAnswered();
            }

            try
            {
                await _complete.Task.WaitAsync(within);
            }
            catch (TimeoutException)
            {
            }

            lock (_acknowledged)
            {
                return [.. _expected.Where(reader => !_acknowledged.Contains(reader))];
            }
        }

        private void CompleteWhenAllAnswered()
        {
            if (_expected is not null && _expected.IsSubsetOf(_acknowledged))
            {
                _complete.TrySetResult();
            }
        }
    }
}
