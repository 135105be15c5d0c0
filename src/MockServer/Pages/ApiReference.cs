using Rememberizer.Contract.Fake.World;
using Scalar.AspNetCore;

namespace Rememberizer.Contract.MockServer.Pages;

/// <summary>
/// <c>/docs</c>: the API reference Scalar renders from <c>/openapi.json</c>, whose first server is this mock, so
/// "try it" requests come here. Each operation starts with its own first security scheme: the session cookie for
/// user endpoints, which a sign-in or sign-up made from the page has just set (same origin, so the browser sends
/// it), and <c>x-api-key</c> for vector stores, whose start-up key is filled in (so is the common-knowledge key).
/// No scheme is preferred for the whole document: Scalar would then use it where an operation does not accept it.
/// Offline: Scalar's script is embedded in its package; its web fonts, telemetry, agent and toolbar are off.
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
                .AddApiKeyAuthentication("apiKeyAuth", key => key.Value = services.GetRequiredService<StartupKeys>().StoreKey ?? "");
            if (services.GetRequiredService<StartupKeys>().Knowledge is { } knowledge)
            {
                options.AddApiKeyAuthentication("commonKnowledgeKey", key => key.Value = knowledge.ApiKey);
            }
        });
}
