using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.Fake.VectorStores;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Http.Authenticate;

/// <summary>
/// Authenticates the <c>x-api-key</c> header (any spelling: header names are case-insensitive). A vector store's
/// key yields the store's id; a common-knowledge key yields its owner as the user and the knowledge's id. Which
/// endpoints each kind may reach is the policies' business (<see cref="CallerRequirement"/>). An unknown,
/// withdrawn or regenerated key is a 401 that says the key is invalid. The keys are those of the request's tenant.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder)
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

        var services = Context.RequestServices;
        var principal = services.GetRequiredService<VectorStoreRegistry>().FindByKey(key) is { } space
            ? new CallerPrincipal(new ClaimsIdentity([new(MockClaims.KeyKind, KeyKinds.VectorStore), new(MockClaims.VectorStoreId, space.Store.Id)], SchemeName))
            : services.GetRequiredService<KnowledgePublisher>().Resolve(key) is { Publication: { } publication } ? MockClaims.ForKnowledge(KeyKinds.CommonKnowledge, publication, SchemeName) : null;
        return Task.FromResult(principal is null
            ? AuthenticateResult.Fail(InvalidKeyText)
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
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

/// <summary>
/// Registers the <c>x-api-key</c> scheme, the <see cref="CredentialsScheme"/> that picks the credential a request
/// carries, and the VectorStoreKey policy.
/// </summary>
public static class ApiKeyAuthentication
{
    public static IServiceCollection AddApiKeyAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.VectorStoreKey, policy => policy
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .AddRequirements(new CallerRequirement(SessionRule.Refused, AcceptsVectorStoreKey: true)));
        return services;
    }
}
