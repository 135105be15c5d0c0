using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Clock;

namespace Rememberizer.Contract.Fake.Sessions;

/// <summary>
/// The one place access JWTs are minted and the rules they are checked by: HS256 with a key made fresh for each
/// process (tokens never outlive the mock), djangorestframework-simplejwt's claims plus the session id, and a
/// lifetime measured on the fake clock with no skew.
/// </summary>
public sealed class AccessTokens(MockClock clock, IOptions<AuthOptions> options)
{
    public const string TokenTypeClaim = "token_type";
    public const string AccessTokenType = "access";
    public const string UserIdClaim = "user_id";
    public const string SessionIdClaim = "sid";

    private readonly SymmetricSecurityKey _key = new(RandomNumberGenerator.GetBytes(32));
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
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
    }

    public TokenValidationParameters ValidationParameters() => new()
    {
        IssuerSigningKey = _key,
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
