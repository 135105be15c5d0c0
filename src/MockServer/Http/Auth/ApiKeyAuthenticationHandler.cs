using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.MockServer.Fake.VectorStores;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Http.Auth;

/// <summary>
/// Authenticates the <c>x-api-key</c> header of the vector-store endpoints: the key names exactly one store, whose
/// id becomes the <see cref="MockClaims.VectorStoreId"/> claim. Missing and unknown keys get DRF's 401.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    VectorStoreRegistry stores)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "x-api-key";
    public const string InvalidKeyText = "Invalid API key.";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[HeaderName].ToString();
        if (key.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (stores.FindByKey(key) is not { } space)
        {
            return Task.FromResult(AuthenticateResult.Fail(InvalidKeyText));
        }

        var identity = new ClaimsIdentity([new Claim(MockClaims.VectorStoreId, space.Store.Id)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        // DRF answers 401 (not 403) only when the scheme names itself in WWW-Authenticate.
        Response.Headers.WWWAuthenticate = "Api-Key";
        await DrfErrors.WriteDetailAsync(Context, StatusCodes.Status401Unauthorized,
            result.Failure is null ? DrfErrors.NotAuthenticatedText : InvalidKeyText);
    }
}

/// <summary>Registers the <c>x-api-key</c> scheme and the <see cref="AuthPolicies.VectorStoreKey"/> policy bound to it.</summary>
public static class ApiKeyAuthentication
{
    public static IServiceCollection AddApiKeyAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.VectorStoreKey, policy => policy
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireClaim(MockClaims.VectorStoreId));
        return services;
    }
}
