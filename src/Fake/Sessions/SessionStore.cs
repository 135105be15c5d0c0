using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Clock;

namespace Rememberizer.Contract.Fake.Sessions;

/// <summary>
/// Server-side sessions and their rotating, opaque refresh tokens. Every authenticated request asks
/// <see cref="IsActive"/>, a lock-free lookup; rotation and revocation take one lock so that exactly one of many
/// concurrent refreshes with the same token wins. Refresh tokens are stored only as SHA-256 hashes. Sessions and
/// refresh records that can no longer do anything (revoked, or past every lifetime on the fake clock) are swept
/// out every <see cref="SweepEvery"/> sign-ins, so a long-running mock does not grow with each one.
/// </summary>
public sealed class SessionStore(MockClock clock, IOptions<AuthOptions> options) : IResettable
{
    public const int SweepEvery = 1024;

    private readonly Lock _gate = new();
    private int _startsSinceSweep;
    private long _started;
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RefreshRecord> _refreshByHash = new(StringComparer.Ordinal);

    public IssuedRefresh Start(int userId, SessionKind kind, string? scope = null)
    {
        var session = new Session(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), userId, kind, scope, clock.GetUtcNow());
        lock (_gate)
        {
            if (++_startsSinceSweep >= SweepEvery)
            {
                SweepLocked();
            }

            _sessions[session.Id] = session;
            _started++;
            return IssueRefresh(session);
        }
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
        var now = clock.GetUtcNow();
        var lifetime = Max(options.Value.RefreshTokenLifetime, options.Value.AccessTokenLifetime);
        return
        [
            .. _sessions.Values
                .Where(s => !s.Revoked && s.LastIssuedAt + lifetime > now)
                .OrderBy(s => s.StartedAt)
                .Select(s => new SessionSummary(s.Id, s.UserId, s.Kind, s.Scope, s.StartedAt, s.LastIssuedAt + lifetime)),
        ];
    }

    public RotationResult Rotate(string refreshToken, SessionKind kind)
    {
        lock (_gate)
        {
            if (!_refreshByHash.TryGetValue(Hash(refreshToken), out var record)
                || !_sessions.TryGetValue(record.SessionId, out var session)
                || session.Kind != kind || session.Revoked || record.ExpiresAt <= clock.GetUtcNow())
            {
                return new RotationResult(RotationOutcome.Invalid);
            }

            if (record.Rotated)
            {
                // A rotated token coming back means two parties hold it: end the session for both.
                session.Revoked = true;
                return new RotationResult(RotationOutcome.Reused);
            }

            record.Rotated = true;
            return new RotationResult(RotationOutcome.Rotated, IssueRefresh(session));
        }
    }

    /// <summary>Ends the session a refresh token belongs to (rotated or not); unknown tokens are ignored.</summary>
    public void RevokeByRefreshToken(string refreshToken)
    {
        lock (_gate)
        {
            if (_refreshByHash.TryGetValue(Hash(refreshToken), out var record) && _sessions.TryGetValue(record.SessionId, out var session))
            {
                session.Revoked = true;
            }
        }
    }

    /// <summary>Ends one session; false when there is no such session, or it had already ended.</summary>
    public bool Revoke(string sessionId)
    {
        if (_sessions.TryGetValue(sessionId, out var session) && !session.Revoked)
        {
            session.Revoked = true;
            return true;
        }

        return false;
    }

    /// <summary>Ends every session of the user (the user was deleted).</summary>
    public void RevokeAllOf(int userId)
    {
        foreach (var session in _sessions.Values.Where(s => s.UserId == userId))
        {
            session.Revoked = true;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _sessions.Clear();
            _refreshByHash.Clear();
            _started = 0;
        }
    }

    /// <summary>
    /// A refresh record is kept until it expires (a rotated one too, so its reuse is still caught); a session until
    /// it is revoked or its last refresh token and the access tokens minted with it have all expired.
    /// </summary>
    private void SweepLocked()
    {
        _startsSinceSweep = 0;
        var before = _sessions.Count;
        var now = clock.GetUtcNow();
        var sessionLifetime = Max(options.Value.RefreshTokenLifetime, options.Value.AccessTokenLifetime);
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

    private IssuedRefresh IssueRefresh(Session session)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow();
        var expiresAt = now + options.Value.RefreshTokenLifetime;
        session.LastIssuedAt = now;
        _refreshByHash[Hash(token)] = new RefreshRecord(session.Id, expiresAt);
        return new IssuedRefresh(session.Id, session.UserId, token, expiresAt, session.Scope);
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
