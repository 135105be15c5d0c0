using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Rememberizer.Contract.Fake.Sessions;

namespace Rememberizer.Contract.MockServer.Http.Authenticate;

/// <summary>
/// Registers JWT authentication (header or cookie) behind the <see cref="CredentialsScheme"/>, the session
/// cookies, the user policies, and CORS for browser apps on other origins.
/// </summary>
public static class AuthSetup
{
    public static IServiceCollection AddMockAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<SessionCookies>();
        services.AddSingleton<MockJwtEvents>();
        services.AddAuthentication(CredentialsScheme.Name)
            .AddPolicyScheme(CredentialsScheme.Name, "The credential the request carries", scheme => scheme.ForwardDefaultSelector = CredentialsScheme.Select)
            .AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<AccessTokens>((jwt, tokens) =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = tokens.ValidationParameters();
                jwt.EventsType = typeof(MockJwtEvents);
            });

        services.AddSingleton<IAuthorizationHandler, CallerRequirementHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.SignedIn, policy => Caller(policy, new CallerRequirement(SessionRule.Any)))
            .AddPolicy(AuthPolicies.VerifiedUser, policy => Caller(policy, new CallerRequirement(SessionRule.Verified)))
            .AddPolicy(AuthPolicies.AccountReader, policy => Caller(policy, new CallerRequirement(SessionRule.Any, AcceptsKnowledgeKey: true)))
            .AddPolicy(AuthPolicies.KnowledgeReader, policy => Caller(policy, new CallerRequirement(SessionRule.Verified, AcceptsKnowledgeKey: true)));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, DrfAuthorizationResultHandler>();

        services.AddApiKeyAuthentication();
        services.AddMockCors();
        return services;
    }

    /// <summary>CORS first (a preflight carries no credentials), then authentication and authorization.</summary>
    public static WebApplication UseMockAuthentication(this WebApplication app)
    {
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static void Caller(AuthorizationPolicyBuilder policy, CallerRequirement requirement) =>
        policy.AddAuthenticationSchemes(CredentialsScheme.Name).RequireAuthenticatedUser().AddRequirements(requirement);
}
