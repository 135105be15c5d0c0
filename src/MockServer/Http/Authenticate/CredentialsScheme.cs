namespace Rememberizer.Contract.MockServer.Http.Authenticate;

/// <summary>
/// The default authentication scheme: forwards to the one credential a request is judged by. A session wins
/// (<c>Authorization: Bearer …</c>, else the <c>access_token</c> cookie), then <c>x-api-key</c>: a signed-in browser
/// that also sends a store's key keeps acting as its user, and an <c>Authorization</c> header of another kind
/// (Basic, Token) does not hide a key. Last comes <c>public-ck-id</c>, the id of a public knowledge, which carries no
/// secret and so yields to any key. Only the chosen scheme authenticates and answers the challenge, so a 401
/// always speaks of the credential that was actually presented.
/// </summary>
public static class CredentialsScheme
{
    public const string Name = "Credentials";
    private const string BearerPrefix = "Bearer ";

    public static string Select(HttpContext context)
    {
        var request = context.Request;
        if (TryGetBearerToken(request, out _) || SessionCookies.ReadAccess(request) is not null)
        {
            return SessionAuthenticationHandler.SchemeName;
        }

        if (request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName))
        {
            return ApiKeyAuthenticationHandler.SchemeName;
        }

        return request.Headers.ContainsKey(PublicKnowledgeAuthenticationHandler.HeaderName)
            ? PublicKnowledgeAuthenticationHandler.SchemeName
            : SessionAuthenticationHandler.SchemeName;
    }

    /// <summary>
    /// The token of an <c>Authorization: Bearer …</c> header, trimmed (it may be empty when the header holds only
    /// blanks after the scheme); false for none, a header too short to hold one, or another scheme. A view of the
    /// header, not a copy: the selector and the session handler read it on every request.
    /// </summary>
    public static bool TryGetBearerToken(HttpRequest request, out ReadOnlySpan<char> token)
    {
        foreach (var value in request.Headers.Authorization)
        {
            if (value is { Length: > 7 } && value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
            {
                token = value.AsSpan(BearerPrefix.Length).Trim();
                return true;
            }
        }

        token = default;
        return false;
    }
}
