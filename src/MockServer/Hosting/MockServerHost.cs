using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Seed;
using Rememberizer.Contract.MockServer.Api;
using Rememberizer.Contract.MockServer.Control;
using Rememberizer.Contract.MockServer.Http;
using Rememberizer.Contract.MockServer.Http.Authenticate;
using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.MockServer.Http.Log;
using Rememberizer.Contract.MockServer.Http.Prefer;
using Rememberizer.Contract.MockServer.Http.Resolve;
using Rememberizer.Contract.MockServer.Http.Validate;
using Rememberizer.Contract.MockServer.Pages;
using Rememberizer.Contract.MockServer.Terminal;

namespace Rememberizer.Contract.MockServer.Hosting;

/// <summary>The mock's composition root: Program.cs calls these two methods and nothing else.</summary>
public static class MockServerHost
{
    public static WebApplicationBuilder AddMockServer(this WebApplicationBuilder builder)
    {
        ListenAddress.Configure(builder);
        var services = builder.Services;

        // Settings, each section bound once; a key no option has is a typo the user hears about at start-up.
        services.AddOptions<MockServerOptions>().BindStrictly(MockServerOptions.Section)
            .Validate(o => o.IsValid(), "Invalid MockServer settings: FaultTimeoutSeconds must be a positive number of seconds.");
        services.AddOptions<AuthOptions>().BindStrictly(AuthOptions.Section)
            .Validate(o => o.IsValid(out _), "Invalid Auth settings: check lifetimes and PasswordHashIterations.")
            .ValidateOnStart();
        services.AddOptions<DataOptions>().BindStrictly(DataOptions.Section)
            .Configure<IOptions<MockServerOptions>>((data, mock) => data.Seed = mock.Value.Seed);

        // The domain, then the HTTP side: the pipeline's stages, the controllers, the control API.
        services.AddRememberizerFake();
        services.AddTerminal();
        var limits = new MockServerLimits();
        services.AddSingleton(limits);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.UploadBodyLimit);
        services.AddSingleton<ContractCatalog>();
        services.AddSingleton<RequestLog>();
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<RequestLog>());
        services.AddSingleton<StoredPreferences>();
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<StoredPreferences>());
        services.AddMockAuthentication();
        services.AddSingleton<CallerLibraries>();
        services.AddSingleton<IClientErrorFactory, DrfClientErrorFactory>();
        services
            // Backstop errors of model binding name fields as the wire does ("query", not "Query").
            .AddControllers(mvc => mvc.ModelMetadataDetailsProviders.Add(new SystemTextJsonValidationMetadataProvider()))
            .ConfigureApiBehaviorOptions(api => api.InvalidModelStateResponseFactory = DrfModelStateResponse.Create)
            .AddJsonOptions(json => json.JsonSerializerOptions.Encoder = WireJson.Encoder);
        services.AddControlApi();
        services.AddBrowserPages();
        // The control API (minimal APIs) speaks snake_case, like the Rememberizer API itself.
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.Encoder = WireJson.Encoder;
        });
        return builder;
    }

    public static WebApplication UseMockServer(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<MockServerOptions>>().Value;
        app.UseRequestPipeline(options);
        app.MapBrowserPages(options.ControlApiEnabled ? ControlApi.Prefix + "/" : null);
        if (options.ControlApiEnabled)
        {
            app.MapControlApi();
        }

        app.Services.GetRequiredService<ContractCatalog>().StartLoading();
        app.Services.GetRequiredService<StateReset>().SeedAll();
        TerminalSetup.PrintMail(app.Services);
        StartupBanner.PrintWhenListening(app, options.Quiet);
        return app;
    }
}
