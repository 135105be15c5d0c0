using Microsoft.Extensions.Options;

namespace Rememberizer.Contract.MockServer.Http.Authenticate;

/// <summary>
/// Lets single-page apps on other origins call the mock with cookies: the origin is echoed (never <c>*</c>,
/// which browsers refuse with credentials), credentials are allowed and preflights are answered.
/// </summary>
public static class CorsSetup
{
    public static IServiceCollection AddMockCors(this IServiceCollection services)
    {
        services.AddOptions<MockCorsOptions>().BindStrictly(MockCorsOptions.Section);
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<MockCorsOptions>>((cors, mock) =>
            {
                var matcher = new OriginMatcher(mock.Value.EffectiveOrigins);
                cors.AddDefaultPolicy(policy => policy
                    .SetIsOriginAllowed(matcher.IsAllowed)
                    .AllowCredentials()
                    .AllowAnyMethod()
                    // Any requested header is echoed back, which covers Authorization, Content-Type and x-api-key.
                    .AllowAnyHeader()
                    .WithExposedHeaders("Preference-Applied")
                    .SetPreflightMaxAge(TimeSpan.FromMinutes(10)));
            });
        return services;
    }
}
