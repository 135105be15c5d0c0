using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.Sessions;

/// <summary>
/// Server-side sessions and their rotating, opaque refresh tokens. Every authenticated request asks
/// <see cref="IsActive"/>, a lock-free lookup; rotation and revocation take one lock so that exactly one of many
/// concurrent refreshes with the same token wins, in one process or many (starts, rotations and revocations are
/// changes decided through the tenant's <see cref="StateJournal"/>). Refresh tokens are stored only as SHA-256
/// hashes, in memory and in the store. Sessions and
/// refresh records that can no longer do anything (revoked, or past every lifetime on the fake clock) are swept
/// out every <see cref="SweepEvery"/> sign-ins, so a long-running mock does not grow with each one.
/// </summary>
public sealed class SessionStore : IResettable
{
    public const int SweepEvery = 1024;

    private readonly Lock _gate = new();
    private readonly MockClock _clock;
    private readonly IOptions<AuthOptions> _options;
    private readonly StateJournal _journal;
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RefreshRecord> _refreshByHash = new(StringComparer.Ordinal);
    private int _startsSinceSweep;
    private long _started;

    public SessionStore(MockClock clock, IOptions<AuthOptions> options, StateJournal journal)
    {
        _clock = clock;
        _options = options;
        _journal = journal;
    }

    internal void Apply(SessionChange change)
    {
        switch (change)
        {
            case SessionStarted started:
                Apply(started);
                break;
            case RefreshRotated rotated:
                Apply(rotated);
                break;
            case SessionRevoked revoked:
                Apply(revoked);
                break;
        }
    }

    /// <summary>Ends every session of a user (deleted): its tokens stop working.</summary>
    internal void EndAllOf(int userId)
    {
        foreach (var session in _sessions.Values.Where(s => s.UserId == userId))
        {
            session.Revoked = true;
        }
    }

    public async Task<IssuedRefresh> StartAsync(int userId, SessionKind kind, string? scope = null)
    {
        lock (_gate)
        {
            if (++_startsSinceSweep >= SweepEvery)
            {
                SweepLocked();
            }
        }

        var sessionId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var (token, hash) = NewRefreshToken();
        var now = _clock.GetUtcNow();
        var expiresAt = now + _options.Value.RefreshTokenLifetime;
        await _journal.RecordAsync(new SessionStarted(sessionId, userId, kind, scope, hash, now, expiresAt));
        return new IssuedRefresh(sessionId, userId, token, expiresAt, scope);
    }

    /// <summary>Sessions started since the last reset, swept or not.</summary>
    public long Started
    {
        get
        {
            lock (_gate)
            {
                return _started;
            }
        }
    }

    /// <summary>How many sessions and refresh records are held (alive or not yet swept).</summary>
    public (int Sessions, int RefreshRecords) Count
    {
        get
        {
            lock (_gate)
            {
                return (_sessions.Count, _refreshByHash.Count);
            }
        }
    }

    /// <summary>Drops what can no longer do anything; runs by itself every <see cref="SweepEvery"/> sign-ins.</summary>
    public void Sweep()
    {
        lock (_gate)
        {
            SweepLocked();
        }
    }

    public bool IsActive(string sessionId) => _sessions.TryGetValue(sessionId, out var session) && !session.Revoked;

    /// <summary>The sessions that can still do something (not revoked, a token still valid), oldest first.</summary>
    public IReadOnlyList<SessionSummary> Live()
    {
        var now = _clock.GetUtcNow();
        var lifetime = Max(_options.Value.RefreshTokenLifetime, _options.Value.AccessTokenLifetime);
        return
        [
            .. _sessions.Values
                .Where(s => !s.Revoked && s.LastIssuedAt + lifetime > now)
                .OrderBy(s => s.StartedAt)
                .Select(s => new SessionSummary(s.Id, s.UserId, s.Kind, s.Scope, s.StartedAt, s.LastIssuedAt + lifetime)),
        ];
    }

    public Task<RotationResult> RotateAsync(string refreshToken, SessionKind kind)
    {
        var (next, nextHash) = NewRefreshToken();
        var oldHash = Hash(refreshToken);
        return _journal.DecideAsync(() =>
        {
            lock (_gate)
            {
                var now = _clock.GetUtcNow();
                if (!_refreshByHash.TryGetValue(oldHash, out var record)
                    || !_sessions.TryGetValue(record.SessionId, out var session)
                    || session.Kind != kind || session.Revoked || record.ExpiresAt <= now)
                {
                    return Decision<RotationResult>.Refuse(new RotationResult(RotationOutcome.Invalid));
                }

                if (record.Rotated)
                {
                    // A rotated token coming back means two parties hold it: end the session for both.
                    return Decision<RotationResult>.Change(new RotationResult(RotationOutcome.Reused), new SessionRevoked(session.Id));
                }

                var expiresAt = now + _options.Value.RefreshTokenLifetime;
                return Decision<RotationResult>.Change(
                    new RotationResult(RotationOutcome.Rotated, new IssuedRefresh(session.Id, session.UserId, next, expiresAt, session.Scope)),
                    new RefreshRotated(session.Id, oldHash, nextHash, now, expiresAt));
            }
        });
    }

    /// <summary>Ends the session a refresh token belongs to (rotated or not); unknown tokens are ignored.</summary>
    public Task RevokeByRefreshTokenAsync(string refreshToken)
    {
        var hash = Hash(refreshToken);
        return _journal.DecideAsync(() =>
        {
            lock (_gate)
            {
                return _refreshByHash.TryGetValue(hash, out var record) && _sessions.TryGetValue(record.SessionId, out var session) && !session.Revoked
                    ? Decision<bool>.Change(true, new SessionRevoked(session.Id))
                    : Decision<bool>.Refuse(false);
            }
        });
    }

    /// <summary>Ends one session; false when there is no such session, or it had already ended.</summary>
    public Task<bool> RevokeAsync(string sessionId) => _journal.DecideAsync(() =>
        _sessions.TryGetValue(sessionId, out var session) && !session.Revoked
            ? Decision<bool>.Change(true, new SessionRevoked(sessionId))
            : Decision<bool>.Refuse(false));

    public void Reset()
    {
        lock (_gate)
        {
            _sessions.Clear();
            _refreshByHash.Clear();
            _started = 0;
        }
    }

    private void Apply(SessionStarted started)
    {
        lock (_gate)
        {
            var session = new Session(started.SessionId, started.UserId, started.Kind, started.Scope, started.IssuedAt) { LastIssuedAt = started.IssuedAt };
            _sessions[session.Id] = session;
            _refreshByHash[started.RefreshHash] = new RefreshRecord(session.Id, started.ExpiresAt);
            _started++;
        }
    }

    private void Apply(RefreshRotated rotated)
    {
        lock (_gate)
        {
            if (_refreshByHash.TryGetValue(rotated.OldHash, out var old))
            {
                old.Rotated = true;
            }

            if (_sessions.TryGetValue(rotated.SessionId, out var session))
            {
                session.LastIssuedAt = rotated.IssuedAt;
                _refreshByHash[rotated.NewHash] = new RefreshRecord(session.Id, rotated.ExpiresAt);
            }
        }
    }

    private void Apply(SessionRevoked revoked)
    {
        if (_sessions.TryGetValue(revoked.SessionId, out var session))
        {
            session.Revoked = true;
        }
    }

    /// <summary>
    /// A refresh record is kept until it expires (a rotated one too, so its reuse is still caught); a session until
    /// it is revoked or its last refresh token and the access tokens minted with it have all expired. Sweeping is
    /// each process's own housekeeping, not a recorded change: it drops only what no change can refer to any more.
    /// </summary>
    private void SweepLocked()
    {
        _startsSinceSweep = 0;
        var before = _sessions.Count;
        var now = _clock.GetUtcNow();
        var sessionLifetime = Max(_options.Value.RefreshTokenLifetime, _options.Value.AccessTokenLifetime);
        foreach (var (id, session) in _sessions)
        {
            if (session.Revoked || session.LastIssuedAt + sessionLifetime <= now)
            {
                _sessions.TryRemove(id, out _);
            }
        }

        foreach (var (hash, record) in _refreshByHash.Where(r => r.Value.ExpiresAt <= now || !_sessions.ContainsKey(r.Value.SessionId)).ToList())
        {
            _refreshByHash.Remove(hash);
        }

        if (before - _sessions.Count >= ReleaseAfter)
        {
            // Tens of thousands of sessions just became garbage in an otherwise quiet heap: ask for a compacting
            // collection now, so the memory goes back to the machine rather than at some later full collection.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }

    private const int ReleaseAfter = 10_000;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static (string Token, string Hash) NewRefreshToken()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, Hash(token));
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    private sealed class Session(string id, int userId, SessionKind kind, string? scope, DateTimeOffset startedAt)
    {
        private volatile bool _revoked;

        public string Id { get; } = id;

        public int UserId { get; } = userId;

        public SessionKind Kind { get; } = kind;

        public string? Scope { get; } = scope;

        public DateTimeOffset StartedAt { get; } = startedAt;

        public bool Revoked { get => _revoked; set => _revoked = value; }

        /// <summary>When its newest refresh token (and the access token paired with it) was issued.</summary>
        public DateTimeOffset LastIssuedAt { get; set; }
    }

    private sealed class RefreshRecord(string sessionId, DateTimeOffset expiresAt)
    {
        public string SessionId { get; } = sessionId;

        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public bool Rotated { get; set; }
    }
}
