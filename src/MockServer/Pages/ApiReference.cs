using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.Fake.VectorStores;
using Scalar.AspNetCore;

namespace Rememberizer.Contract.MockServer.Pages;

/// <summary>
/// <c>/docs</c>: the API reference Scalar renders from <c>/openapi.json</c>, whose first server is this mock, so
/// "try it" requests come here. Cookies the mock sets on a sign-in made from the page go with the next request (same
/// origin); the start-up keys are filled in for the two API-key schemes. Offline: Scalar's script is embedded in
/// its package, and its web fonts, telemetry and hosted agent are turned off.
/// </summary>
public static class ApiReference
{
    public const string Path = "/docs";

    public static IEndpointConventionBuilder MapApiReference(this IEndpointRouteBuilder app) =>
        app.MapScalarApiReference(Path, (options, context) =>
        {
            var services = context.RequestServices;
            options
                .WithTitle("Rememberizer API reference (mock server)")
                .AddDocument("rememberizer", "Rememberizer API", BrowserPages.JsonPath)
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .HideDeveloperTools()
                .AddPreferredSecuritySchemes(["accessCookie"])
                .AddApiKeyAuthentication("apiKeyAuth", key => key.Value = services.GetRequiredService<VectorStoreRegistry>().Primary.Store.ApiKey);
            if (services.GetRequiredService<PublicationRegistry>().All().FirstOrDefault() is { } knowledge)
            {
                options.AddApiKeyAuthentication("commonKnowledgeKey", key => key.Value = knowledge.ApiKey);
            }
        });
}
