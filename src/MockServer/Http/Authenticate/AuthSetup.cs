using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Rememberizer.Contract.MockServer.Fake;
using Rememberizer.Contract.MockServer.Fake.Accounts;
using Rememberizer.Contract.MockServer.Fake.Mail;
using Rememberizer.Contract.MockServer.Fake.OAuth;
using Rememberizer.Contract.MockServer.Fake.Sessions;

namespace Rememberizer.Contract.MockServer.Http.Authenticate;

/// <summary>
/// Registers the account, session, mail and OAuth fakes, JWT authentication (header or cookie) behind the
/// <see cref="CredentialsScheme"/>, the user policies, and CORS for browser apps on other origins.
/// </summary>
public static class AuthSetup
{
    public static WebApplicationBuilder AddAuthFake(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section)
            .Validate(o => o.IsValid(out _), "Invalid Auth settings: check lifetimes and PasswordHashIterations.")
            .ValidateOnStart();

        AddResettable<UserStore>(services);
        AddResettable<VerificationCodes>(services);
        AddResettable<Mailbox>(services);
        AddResettable<SessionStore>(services);
        AddResettable<AuthorizationCodes>(services);
        services.AddSingleton<PasswordHashing>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<AccessTokens>();
        services.AddSingleton<SessionTokens>();
        services.AddSingleton<OAuthService>();
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

        services.AddMockCors();
        return builder;
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

    private static void AddResettable<T>(IServiceCollection services)
        where T : class, IResettable
    {
        services.AddSingleton<T>();
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<T>());
    }
}
