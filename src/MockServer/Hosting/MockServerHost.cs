using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Rememberizer.Contract.MockServer.Api;
using Rememberizer.Contract.MockServer.Control;
using Rememberizer.Contract.MockServer.Control.ProviderStates;
using Rememberizer.Contract.MockServer.Fake;
using Rememberizer.Contract.MockServer.Fake.Clock;
using Rememberizer.Contract.MockServer.Http;
using Rememberizer.Contract.MockServer.Http.Authenticate;
using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.MockServer.Http.Log;
using Rememberizer.Contract.MockServer.Http.Resolve;
using Rememberizer.Contract.MockServer.Http.Validate;

namespace Rememberizer.Contract.MockServer.Hosting;

/// <summary>The mock's composition root: Program.cs calls these two methods and nothing else.</summary>
public static class MockServerHost
{
    public static WebApplicationBuilder AddMockServer(this WebApplicationBuilder builder)
    {
        ListenAddress.Configure(builder);
        builder.Services.AddOptions<MockServerOptions>().BindConfiguration(MockServerOptions.Section);
        // The control API (minimal APIs) speaks snake_case, like the Rememberizer API itself.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower);
        var limits = new MockServerLimits();
        builder.Services.AddSingleton(limits);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.UploadBodyLimit);
        builder.Services.AddSingleton<MockClock>();
        builder.Services.AddSingleton<ContractCatalog>();
        builder.Services.AddSingleton<RequestLog>();
        builder.Services.AddSingleton<IResettable>(sp => sp.GetRequiredService<RequestLog>());
        builder.Services.AddSingleton<StateReset>();
        builder.Services.AddSingleton<ProviderStateHandlers>();
        // Areas register themselves here, one line each.
        builder.AddAuthFake();
        builder.Services.AddDataFake().AddApiKeyAuthentication();
        builder.Services.AddSingleton<CallerLibraries>();

        builder.Services.AddSingleton<IClientErrorFactory, DrfClientErrorFactory>();
        builder.Services
            // Backstop errors of model binding name fields as the wire does ("query", not "Query").
            .AddControllers(mvc => mvc.ModelMetadataDetailsProviders.Add(new Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.SystemTextJsonValidationMetadataProvider()))
            .ConfigureApiBehaviorOptions(api => api.InvalidModelStateResponseFactory = DrfModelStateResponse.Create);
        return builder;
    }

    public static WebApplication UseMockServer(this WebApplication app)
    {
        app.UseRequestPipeline();
        app.MapControlApi();
        app.Services.GetRequiredService<ContractCatalog>().StartLoading();
        app.Services.GetRequiredService<StateReset>().SeedAll();
        app.Lifetime.ApplicationStarted.Register(() => AnnounceAddress(app));
        return app;
    }

    private static void AnnounceAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var first = addresses?.FirstOrDefault();
        if (first is not null)
        {
            Console.WriteLine($"Rememberizer mock server listening on {first.TrimEnd('/')}/api/v1 ({DataControl.StartupSummary(app.Services)})");
        }
    }
}
