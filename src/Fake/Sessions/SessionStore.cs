using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Clock;

namespace Rememberizer.Contract.Fake.Sessions;

/// <summary>
/// Server-side sessions and their rotating, opaque refresh tokens. Every authenticated request asks
/// <see cref="IsActive"/>, a lock-free lookup; rotation and revocation take one lock so that exactly one of many
/// concurrent refreshes with the same token wins. Refresh tokens are stored only as SHA-256 hashes.
/// </summary>
public sealed class SessionStore(MockClock clock, IOptions<AuthOptions> options) : IResettable
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RefreshRecord> _refreshByHash = new(StringComparer.Ordinal);

    public IssuedRefresh Start(int userId, SessionKind kind, string? scope = null)
    {
        var session = new Session(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), userId, kind, scope);
        lock (_gate)
        {
            _sessions[session.Id] = session;
            return IssueRefresh(session);
        }
    }

    public bool IsActive(string sessionId) => _sessions.TryGetValue(sessionId, out var session) && !session.Revoked;

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

    public void Revoke(string sessionId)
    {
        if (_sessions.TryGetValue(sessionId, out var session))
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
        }
    }

    private IssuedRefresh IssueRefresh(Session session)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var expiresAt = clock.GetUtcNow() + options.Value.RefreshTokenLifetime;
        _refreshByHash[Hash(token)] = new RefreshRecord(session.Id, expiresAt);
        return new IssuedRefresh(session.Id, session.UserId, token, expiresAt, session.Scope);
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    private sealed class Session(string id, int userId, SessionKind kind, string? scope)
    {
        private volatile bool _revoked;

        public string Id { get; } = id;

        public int UserId { get; } = userId;

        public SessionKind Kind { get; } = kind;

        public string? Scope { get; } = scope;

        public bool Revoked { get => _revoked; set => _revoked = value; }
    }

    private sealed class RefreshRecord(string sessionId, DateTimeOffset expiresAt)
    {
        public string SessionId { get; } = sessionId;

        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public bool Rotated { get; set; }
    }
}
