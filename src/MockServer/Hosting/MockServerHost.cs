using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Options;
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
using Rememberizer.Contract.MockServer.Proxy;
using Rememberizer.Contract.MockServer.Proxy.Drift;
using Rememberizer.Contract.MockServer.Tenants;
using Rememberizer.Contract.MockServer.Terminal;
using Rememberizer.Contract.Store;

namespace Rememberizer.Contract.MockServer.Hosting;

/// <summary>The mock's composition root: <see cref="Build"/> composes the app from its two halves below.</summary>
public static class MockServerHost
{
    /// <summary>
    /// The mock as an app, configured by <paramref name="settings"/> (<c>--Section:Key=value</c>, <c>--urls=…</c>);
    /// <paramref name="terminal"/> replaces the console (e.g. silence for <c>verify</c>). Without
    /// <paramref name="settingsFiles"/> no <c>appsettings*.json</c> is read: the settings and the defaults alone. With
    /// <paramref name="proxy"/>, the upstream answers the API (<c>rememberizer-mock proxy</c>) and the fake serves only
    /// the pages and the control API.
    /// </summary>
    public static WebApplication Build(IEnumerable<string> settings, TerminalOutput? terminal = null, bool settingsFiles = true, ProxyArguments? proxy = null)
    {
        // Health waits for the contract, and loading it takes about as long as building the app: both at once.
        ContractCatalog.StartLoading();
        // Settings travel with the binary, so the mock behaves the same from any working directory; the application
        // name finds the controllers when another program (a test host, verify) hosts the mock.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. settings],
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(MockServerHost).Assembly.GetName().Name,
        });
        if (!settingsFiles)
        {
            // Hosted in another program's process (a test run's), the appsettings.json beside it is that program's;
            // its sections (Auth, Data, Kestrel, …) must not configure the mock, or fail its strict binding.
            foreach (var file in builder.Configuration.Sources.OfType<JsonConfigurationSource>().ToList())
            {
                builder.Configuration.Sources.Remove(file);
            }
        }

        builder.AddMockServer();
        if (proxy is not null)
        {
            builder.Services.AddUpstreamProxy(proxy);
        }

        if (terminal is not null)
        {
            builder.Services.AddSingleton(terminal);
        }

        var app = builder.Build();
        app.UseMockServer();
        return app;
    }

    public static WebApplicationBuilder AddMockServer(this WebApplicationBuilder builder)
    {
        ListenAddress.Configure(builder);
        var services = builder.Services;

        // In every environment, not only Development: a singleton of the process that takes a service a tenant owns
        // (which only a request's services resolve) fails here, at start-up, naming both.
        builder.Host.UseDefaultServiceProvider(container =>
        {
            container.ValidateScopes = true;
            container.ValidateOnBuild = true;
        });

        // Settings, each section bound once; a key no option has is a typo the user hears about at start-up.
        services.AddOptions<MockServerOptions>().BindStrictly(MockServerOptions.Section)
            .Validate(o => o.IsValid(), "Invalid MockServer settings: FaultTimeoutSeconds must be a positive number of seconds.")
            .ValidateOnStart();
        services.AddOptions<AuthOptions>().BindStrictly(AuthOptions.Section);
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthSettingsCheck>();
        services.AddOptions<DataOptions>().BindStrictly(DataOptions.Section);
        services.AddSingleton<SeedSetting>();
        services.AddSingleton<IConfigureOptions<DataOptions>>(sp => sp.GetRequiredService<SeedSetting>());
        services.AddSingleton<IValidateOptions<DataOptions>>(sp => sp.GetRequiredService<SeedSetting>());
        services.AddOptions<StateOptions>().BindStrictly(StateOptions.Section);
        services.AddOptions<FixtureOptions>().BindStrictly(FixtureOptions.Section);
        services.AddSingleton<StartupFixtureFile>();
        services.AddSingleton(sp => StateStores.Open(sp.GetRequiredService<IOptions<StateOptions>>().Value.Store));
        services.AddOptions<TenantOptions>().BindStrictly(TenantOptions.Section)
            .Validate(o => o.IsValid(), "Invalid Tenants settings: IdleTimeout must be positive and MaxTenants at least 1.")
            .ValidateOnStart();

        // The domain, one world per tenant, then the HTTP side: the pipeline's stages, the controllers, the control API.
        services.AddTenants(TenantWorld.Blueprint());
        services.AddHostedService<DefaultTenantStartup>();
        services.AddHostedService<StopWhenInputCloses>();
        services.AddTerminal();
        var limits = new MockServerLimits();
        services.AddSingleton(limits);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.UploadBodyLimit);
        services.AddSingleton<ContractCatalog>();
        services.AddMockAuthentication();
        services.AddSingleton<IClientErrorFactory, DrfClientErrorFactory>();
        services
            // Backstop errors of model binding name fields as the wire does ("query", not "Query").
            .AddControllers(mvc => mvc.ModelMetadataDetailsProviders.Add(new SystemTextJsonValidationMetadataProvider()))
            .ConfigureApiBehaviorOptions(api => api.InvalidModelStateResponseFactory = DrfModelStateResponse.Create)
            .AddJsonOptions(json => json.JsonSerializerOptions.Encoder = WireJson.Encoder);
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
        var proxy = app.Services.IsProxy();
        if (proxy)
        {
            app.UseProxyPipeline(options);
        }
        else
        {
            app.UseRequestPipeline(options);
        }

        app.MapBrowserPages(options.ControlApiEnabled ? ControlApi.Prefix + "/" : null);
        if (options.ControlApiEnabled)
        {
            app.MapControlApi();
            if (proxy)
            {
                app.MapGroup(ControlApi.Prefix).ExcludeFromDescription().MapDrift();
            }
        }

        ContractCatalog.StartLoading(); // a no-op when Build started it; an app composed elsewhere starts it here
        TerminalSetup.PrintMail(app.Services);
        StartupBanner.PrintWhenListening(app, options.Quiet);
        return app;
    }
}
