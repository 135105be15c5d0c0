using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Clock;

namespace Rememberizer.Contract.Fake.Sessions;

/// <summary>
/// The one place access JWTs are minted and the rules they are checked by: HS256 with the tenant's
/// <see cref="SigningKey"/>, djangorestframework-simplejwt's claims plus the session id, and a lifetime measured on
/// the fake clock with no skew.
/// </summary>
public sealed class AccessTokens(MockClock clock, IOptions<AuthOptions> options, SigningKey key)
{
    public const string TokenTypeClaim = "token_type";
    public const string AccessTokenType = "access";
    public const string UserIdClaim = "user_id";
    public const string SessionIdClaim = "sid";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public TimeSpan Lifetime => options.Value.AccessTokenLifetime;

    public string Issue(int userId, string sessionId)
    {
        var now = clock.GetUtcNow();
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            IssuedAt = now.UtcDateTime,
            Expires = (now + Lifetime).UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                [TokenTypeClaim] = AccessTokenType,
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
                [UserIdClaim] = userId,
                [SessionIdClaim] = sessionId,
            },
            SigningCredentials = new SigningCredentials(key.Current, SecurityAlgorithms.HmacSha256),
        });
    }

    public TokenValidationParameters ValidationParameters() => new()
    {
        IssuerSigningKey = key.Current,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateIssuer = false,
        ValidateAudience = false,
        ValidateLifetime = true,
        ClockSkew = TimeSpan.Zero,
        LifetimeValidator = (_, expires, _, _) => expires is { } exp && exp > clock.GetUtcNow().UtcDateTime,
        NameClaimType = UserIdClaim,
    };
}
