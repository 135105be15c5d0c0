using Rememberizer.Contract.Fake.Accounts;

namespace Rememberizer.Contract.Fake.Sessions;

/// <summary>A session's pair of tokens as handed to the client.</summary>
public sealed record TokenPair(string Access, IssuedRefresh Refresh);

/// <summary>Starts, rotates and ends sessions, pairing each refresh token with a fresh access JWT.</summary>
public sealed class SessionTokens(SessionStore sessions, AccessTokens accessTokens, UserStore users)
{
    public async Task<TokenPair> StartAsync(int userId, SessionKind kind = SessionKind.Browser, string? scope = null)
    {
        var refresh = await sessions.StartAsync(userId, kind, scope);
        return new TokenPair(accessTokens.Issue(userId, refresh.SessionId), refresh);
    }

    /// <summary>The rotated pair, or null when the token is invalid (a reused token also ends its session).</summary>
    public async Task<TokenPair?> RefreshAsync(string? refreshToken, SessionKind kind = SessionKind.Browser)
    {
        if (string.IsNullOrEmpty(refreshToken))
        {
            return null;
        }

        var rotation = await sessions.RotateAsync(refreshToken, kind);
        if (rotation.Next is not { } next)
        {
            return null;
        }

        // A user removed since sign-in (control API reset) cannot keep a session alive.
        if (users.Find(next.UserId) is null)
        {
            await sessions.RevokeAsync(next.SessionId);
            return null;
        }

        return new TokenPair(accessTokens.Issue(next.UserId, next.SessionId), next);
    }

    public Task EndByRefreshTokenAsync(string? refreshToken) =>
        string.IsNullOrEmpty(refreshToken) ? Task.CompletedTask : sessions.RevokeByRefreshTokenAsync(refreshToken);

    public Task EndAsync(string sessionId) => sessions.RevokeAsync(sessionId);
}
