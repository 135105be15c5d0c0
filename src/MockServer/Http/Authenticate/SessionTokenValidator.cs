using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.Sessions;

namespace Rememberizer.Contract.MockServer.Http.Authenticate;

/// <summary>An access JWT that passed validation: who it names and which session it belongs to.</summary>
public sealed record ValidatedToken(ClaimsPrincipal Principal, string SessionId, DateTime Expires);

/// <summary>
/// Validates access JWTs with IdentityModel's handler by the rules <see cref="AccessTokens"/> sets (signature,
/// lifetime on the fake clock, simplejwt's claims), and remembers each valid token until it expires. Parsing and
/// verifying the same token on every request was the largest cost of an authenticated GET (measured: JSON
/// parsing, HMAC, claim building and their garbage); a token's signature and claims cannot change, and whether its
/// session still lives is checked on every request by the caller.
/// </summary>
public sealed class SessionTokenValidator(AccessTokens tokens, MockClock clock)
{
    /// <summary>Enough for every browser and test of a busy mock; beyond it, expired entries go, then all.</summary>
    public const int Capacity = 10_000;

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly TokenValidationParameters _parameters = tokens.ValidationParameters();
    private readonly ConcurrentDictionary<string, ValidatedToken> _valid = new(StringComparer.Ordinal);

    /// <summary>The token's principal and session; null when the token is malformed, forged, expired or not an
    /// access token. A token seen before is found by its characters where they are (a header, say), uncopied.</summary>
    public ValueTask<ValidatedToken?> ValidateAsync(ReadOnlySpan<char> token)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (_valid.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out var key, out var known))
        {
            if (known.Expires > now)
            {
                return new(known);
            }

            _valid.TryRemove(key, out _);
            return new((ValidatedToken?)null);
        }

        return ValidateNewAsync(token.ToString(), now);
    }

    private async ValueTask<ValidatedToken?> ValidateNewAsync(string token, DateTime now)
    {
        var result = await _handler.ValidateTokenAsync(token, _parameters);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt
            || !jwt.TryGetPayloadValue<string>(AccessTokens.TokenTypeClaim, out var type) || type != AccessTokens.AccessTokenType
            || !jwt.TryGetPayloadValue<object>(AccessTokens.UserIdClaim, out _)
            || !jwt.TryGetPayloadValue<string>(AccessTokens.SessionIdClaim, out var sessionId))
        {
            return null;
        }

        // Shared between the requests that carry this token: nothing downstream changes a validated identity.
        var validated = new ValidatedToken(new CallerPrincipal(result.ClaimsIdentity), sessionId, jwt.ValidTo);
        MakeRoom(now);
        _valid[token] = validated;
        return validated;
    }

    private void MakeRoom(DateTime now)
    {
        if (_valid.Count < Capacity)
        {
            return;
        }

        foreach (var (token, entry) in _valid)
        {
            if (entry.Expires <= now)
            {
                _valid.TryRemove(token, out _);
            }
        }

        if (_valid.Count >= Capacity)
        {
            _valid.Clear();
        }
    }
}
