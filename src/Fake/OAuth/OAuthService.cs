using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Sessions;

namespace Rememberizer.Contract.Fake.OAuth;

/// <summary>An RFC 6749 error: the <c>error</c> code, its description and the HTTP status it travels with.</summary>
public sealed record OAuthFailure(int Status, string Error, string Description);

/// <summary>Tokens for a client: the access JWT, the refresh token when offline access was granted, the scope.</summary>
public sealed record OAuthTokens(string AccessToken, string? RefreshToken, int ExpiresIn, string? Scope);

/// <summary>
/// The token endpoint's rules. OAuth grants are sessions of their own kind, so their access JWTs pass the same
/// checks as a browser's and their refresh tokens rotate with the same reuse detection.
/// </summary>
public sealed class OAuthService(AuthorizationCodes codes, SessionTokens sessions, UserStore users, AccessTokens accessTokens)
{
    private static readonly OAuthFailure BadClient = new(401, "invalid_client", "Client authentication failed.");

    public Task<string> AuthorizeAsync(int userId, string clientId, Uri redirectUri, string? scope) =>
        codes.IssueAsync(new AuthorizationGrant(userId, clientId, redirectUri.OriginalString, scope));

    public async Task<(OAuthTokens? Tokens, OAuthFailure? Failure)> ExchangeCodeAsync(string clientId, string clientSecret, string? code, string? redirectUri)
    {
        if (!OAuthClient.Authenticates(clientId, clientSecret))
        {
            return (null, BadClient);
        }

        if (string.IsNullOrEmpty(code) || string.IsNullOrEmpty(redirectUri))
        {
            return (null, new OAuthFailure(400, "invalid_request", "code and redirect_uri are required for the authorization_code grant."));
        }

        if (await codes.RedeemAsync(code, clientId, redirectUri) is not { } grant || users.Find(grant.UserId) is null)
        {
            return (null, new OAuthFailure(400, "invalid_grant", "The authorization code is invalid or has expired."));
        }

        var pair = await sessions.StartAsync(grant.UserId, SessionKind.OAuth, grant.Scope);
        return (ToTokens(pair, OAuthClient.GrantsOfflineAccess(grant.Scope)), null);
    }

    public async Task<(OAuthTokens? Tokens, OAuthFailure? Failure)> ExchangeRefreshTokenAsync(string clientId, string clientSecret, string? refreshToken)
    {
        if (!OAuthClient.Authenticates(clientId, clientSecret))
        {
            return (null, BadClient);
        }

        if (string.IsNullOrEmpty(refreshToken))
        {
            return (null, new OAuthFailure(400, "invalid_request", "refresh_token is required for the refresh_token grant."));
        }

        return await sessions.RefreshAsync(refreshToken, SessionKind.OAuth) is { } pair
            ? (ToTokens(pair, withRefresh: true), null)
            : (null, new OAuthFailure(400, "invalid_grant", "The refresh token is invalid or has expired."));
    }

    private OAuthTokens ToTokens(TokenPair pair, bool withRefresh) =>
        new(pair.Access, withRefresh ? pair.Refresh.RefreshToken : null, (int)accessTokens.Lifetime.TotalSeconds, pair.Refresh.Scope);
}
