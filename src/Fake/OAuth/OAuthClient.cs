namespace Rememberizer.Contract.Fake.OAuth;

/// <summary>The one third-party application the mock knows (the spec names its id and secret).</summary>
public static class OAuthClient
{
    public const string Id = "mock-client-id";
    public const string Secret = "mock-client-secret";
    public const string OfflineAccessScope = "offline_access";

    public static bool Authenticates(string clientId, string clientSecret) =>
        clientId == Id && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(clientSecret), System.Text.Encoding.UTF8.GetBytes(Secret));

    /// <summary>Any absolute http(s) address without a fragment, as RFC 6749 §3.1.2 requires of a redirect URI.</summary>
    public static bool AcceptsRedirect(Uri redirectUri) =>
        redirectUri.IsAbsoluteUri && (redirectUri.Scheme == Uri.UriSchemeHttp || redirectUri.Scheme == Uri.UriSchemeHttps)
        && string.IsNullOrEmpty(redirectUri.Fragment);

    public static bool GrantsOfflineAccess(string? scope) =>
        scope?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(OfflineAccessScope, StringComparer.Ordinal) == true;
}
