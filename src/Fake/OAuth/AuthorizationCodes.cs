using System.Security.Cryptography;
using Rememberizer.Contract.Fake.Clock;

namespace Rememberizer.Contract.Fake.OAuth;

/// <summary>What an authorization code stands for once redeemed.</summary>
public sealed record AuthorizationGrant(int UserId, string ClientId, string RedirectUri, string? Scope);

/// <summary>
/// Authorization codes of the OAuth2 code flow: valid <see cref="Lifetime"/>, redeemable once, and only by the client
/// and redirect URI they were issued for.
/// </summary>
public sealed class AuthorizationCodes(MockClock clock) : IResettable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);
    private const int SweepAbove = 1024;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (AuthorizationGrant Grant, DateTimeOffset ExpiresAt)> _codes = new(StringComparer.Ordinal);

    public string Issue(AuthorizationGrant grant)
    {
        var code = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (_codes.Count >= SweepAbove)
            {
                // Unredeemed codes expire within a minute; drop them rather than keep every one ever issued.
                foreach (var expired in _codes.Where(c => c.Value.ExpiresAt <= now).Select(c => c.Key).ToList())
                {
                    _codes.Remove(expired);
                }
            }

            _codes[code] = (grant, now + Lifetime);
        }

        return code;
    }

    /// <summary>The grant, or null when the code is unknown, used, expired or presented by the wrong party.</summary>
    public AuthorizationGrant? Redeem(string code, string clientId, string redirectUri)
    {
        lock (_gate)
        {
            // Removing on first sight makes the code single-use even when the attempt fails (RFC 6749 §4.1.2).
            if (!_codes.Remove(code, out var entry) || entry.ExpiresAt <= clock.GetUtcNow())
            {
                return null;
            }

            return entry.Grant.ClientId == clientId && entry.Grant.RedirectUri == redirectUri ? entry.Grant : null;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _codes.Clear();
        }
    }
}
