using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Rememberizer.Contract.MockServer.Http.Authenticate;

/// <summary>
/// Registers the session (access JWT in a header or cookie) and API-key schemes behind the
/// <see cref="CredentialsScheme"/>, the session cookies, the user policies, and CORS for browser apps on other origins.
/// </summary>
public static class AuthSetup
{
    public static IServiceCollection AddMockAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<SessionCookies>();
        services.AddAuthentication(CredentialsScheme.Name)
            .AddPolicyScheme(CredentialsScheme.Name, "The credential the request carries", scheme => scheme.ForwardDefaultSelector = CredentialsScheme.Select)
            .AddScheme<AuthenticationSchemeOptions, SessionAuthenticationHandler>(SessionAuthenticationHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, PublicKnowledgeAuthenticationHandler>(PublicKnowledgeAuthenticationHandler.SchemeName, null);

        // Transient: it reads the users of the request's tenant.
        services.AddTransient<IAuthorizationHandler, CallerRequirementHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.SignedIn, policy => Caller(policy, new CallerRequirement(SessionRule.Any)))
            .AddPolicy(AuthPolicies.VerifiedUser, policy => Caller(policy, new CallerRequirement(SessionRule.Verified)))
            .AddPolicy(AuthPolicies.AccountReader, policy => Caller(policy, new CallerRequirement(SessionRule.Any, AcceptsKnowledgeKey: true, AcceptsPublicKnowledge: true)))
            .AddPolicy(AuthPolicies.KnowledgeReader, policy => Caller(policy, new CallerRequirement(SessionRule.Verified, AcceptsKnowledgeKey: true, AcceptsPublicKnowledge: true)))
            .AddPolicy(AuthPolicies.KnowledgeWriter, policy => Caller(policy, new CallerRequirement(SessionRule.Verified, AcceptsKnowledgeKey: true)));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, DrfAuthorizationResultHandler>();

        services.AddApiKeyAuthentication();
        services.AddMockCors();

        // Authentication brings Data Protection along, whose key ring would be written to ~/.aspnet, with a warning on
        // a fresh machine. Nothing the mock hands out is protected by it (sessions are JWTs signed by the fake).
        services.AddDataProtection();
        services.Configure<KeyManagementOptions>(keys =>
        {
            keys.XmlRepository = new InMemoryKeyRepository();
            keys.XmlEncryptor = new NullXmlEncryptor();
        });
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

    // No scheme named: the policy judges the principal the default scheme (Credentials) already authenticated,
    // instead of authenticating the request a second time.
    private static void Caller(AuthorizationPolicyBuilder policy, CallerRequirement requirement) =>
        policy.RequireAuthenticatedUser().AddRequirements(requirement);
}
