using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Auth;

public sealed class AccessTokenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> SignInForAccessTokenAsync(MockServerApp app) => (await SignInAsync(app)).Token;

    private static async Task<(string Token, int UserId)> SignInAsync(MockServerApp app)
    {
        var userId = await app.CreateUserAsync();
        var response = await app.CreateBareClient().PostAsJsonAsync("/api/v1/auth/signin/",
            new { login = "ada@example.com", password = SessionHelpers.Password, captcha = SessionHelpers.Captcha }, Ct);
        return (response.CookieValue("access_token"), userId);
    }

    private static async Task<HttpResponseMessage> AccountWithBearerAsync(MockServerApp app, string token)
    {
        var client = app.CreateBareClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync("/api/v1/account/", Ct);
    }

    private static async Task AssertTokenRejectedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("token_not_valid", body.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("detail").GetString()));
    }

    private static string Base64Url(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));

    [Fact]
    public async Task AccessTokenCarriesSimpleJwtClaimsAndTheSession()
    {
        await using var app = new MockServerApp();
        var (raw, userId) = await SignInAsync(app);
        var token = new JsonWebToken(raw);

        Assert.Equal("HS256", token.Alg);
        Assert.Equal("access", token.GetClaim("token_type").Value);
        Assert.Equal(userId.ToString(System.Globalization.CultureInfo.InvariantCulture), token.GetClaim("user_id").Value);
        Assert.False(string.IsNullOrEmpty(token.GetClaim("sid").Value));
        Assert.False(string.IsNullOrEmpty(token.Id));
        Assert.Equal(TimeSpan.FromMinutes(5), token.ValidTo - token.IssuedAt);
    }

    [Fact]
    public async Task ValidBearerTokenIsAccepted()
    {
        await using var app = new MockServerApp();

        Assert.Equal(HttpStatusCode.OK, (await AccountWithBearerAsync(app, await SignInForAccessTokenAsync(app))).StatusCode);
    }

    [Fact]
    public async Task TokenWithAChangedPayloadIsRejected()
    {
        await using var app = new MockServerApp();
        var (token, userId) = await SignInAsync(app);
        var parts = token.Split('.');
        var original = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]));
        var payload = original.Replace($"\"user_id\":{userId}", $"\"user_id\":{userId + 1}", StringComparison.Ordinal);
        Assert.NotEqual(original, payload);

        await AssertTokenRejectedAsync(await AccountWithBearerAsync(app, $"{parts[0]}.{Base64Url(payload)}.{parts[2]}"));
    }

    [Fact]
    public async Task TokenWithAFlippedPayloadCharacterIsRejected()
    {
        await using var app = new MockServerApp();
        var parts = (await SignInForAccessTokenAsync(app)).Split('.');
        var flipped = parts[1][..^2] + (parts[1][^2] == 'A' ? 'B' : 'A') + parts[1][^1];

        await AssertTokenRejectedAsync(await AccountWithBearerAsync(app, $"{parts[0]}.{flipped}.{parts[2]}"));
    }

    [Fact]
    public async Task UnsignedAlgNoneTokenIsRejected()
    {
        await using var app = new MockServerApp();
        var parts = (await SignInForAccessTokenAsync(app)).Split('.');

        await AssertTokenRejectedAsync(await AccountWithBearerAsync(app, $"{Base64Url("""{"alg":"none","typ":"JWT"}""")}.{parts[1]}."));
    }

    [Fact]
    public async Task TokenSignedWithAnotherKeyIsRejected()
    {
        await using var app = new MockServerApp();
        var original = new JsonWebToken(await SignInForAccessTokenAsync(app));
        var claims = JsonSerializer.Deserialize<Dictionary<string, object>>(Base64UrlEncoder.Decode(original.EncodedPayload))!;
        var forged = new JsonWebTokenHandler().CreateToken(JsonSerializer.Serialize(claims),
            new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), SecurityAlgorithms.HmacSha256));

        await AssertTokenRejectedAsync(await AccountWithBearerAsync(app, forged));
    }

    [Fact]
    public async Task TokenIsRejectedOnceTheFakeClockPassesItsExpiry()
    {
        await using var app = new MockServerApp();
        var token = await SignInForAccessTokenAsync(app);

        await app.Clock.AdvanceAsync(TimeSpan.FromMinutes(5));

        await AssertTokenRejectedAsync(await AccountWithBearerAsync(app, token));
    }

    [Fact]
    public async Task AccessTokenLifetimeIsConfigurable()
    {
        await using var app = new MockServerApp().With("Auth:AccessTokenLifetime", "00:30:00");
        var token = await SignInForAccessTokenAsync(app);

        await app.Clock.AdvanceAsync(TimeSpan.FromMinutes(29));

        Assert.Equal(HttpStatusCode.OK, (await AccountWithBearerAsync(app, token)).StatusCode);
    }

    [Fact]
    public async Task GarbageBearerValueIsRejectedNotAServerError()
    {
        await using var app = new MockServerApp();

        await AssertTokenRejectedAsync(await AccountWithBearerAsync(app, "not.a.jwt"));
    }
}
