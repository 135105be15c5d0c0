namespace Rememberizer.Contract.MockServer.Http.Authenticate;

/// <summary>
/// The default authentication scheme: forwards to the one credential a request is judged by. A session wins
/// (<c>Authorization: Bearer …</c>, else the <c>access_token</c> cookie), then <c>x-api-key</c>: a signed-in browser
/// that also sends a store's key keeps acting as its user, and an <c>Authorization</c> header of another kind
/// (Basic, Token) does not hide a key. Only the chosen scheme authenticates and answers the challenge, so a 401
/// always speaks of the credential that was actually presented.
/// </summary>
public static class CredentialsScheme
{
    public const string Name = "Credentials";
    private const string BearerPrefix = "Bearer ";

    public static string Select(HttpContext context) =>
        BearerToken(context.Request) is null
        && SessionCookies.ReadAccess(context.Request) is null
        && context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName)
            ? ApiKeyAuthenticationHandler.SchemeName
            : SessionAuthenticationHandler.SchemeName;

    /// <summary>The token of an <c>Authorization: Bearer …</c> header; null for none, an empty one, or another scheme.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        foreach (var value in request.Headers.Authorization)
        {
            if (value is { Length: > 7 } && value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
            {
                return value[BearerPrefix.Length..].Trim();
            }
        }

        return null;
    }
}
