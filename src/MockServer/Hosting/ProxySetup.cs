using Microsoft.AspNetCore.Authentication;
using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.MockServer.Http.Log;
using Rememberizer.Contract.MockServer.Http.Resolve;
using Rememberizer.Contract.MockServer.Proxy;
using Rememberizer.Contract.MockServer.Proxy.Drift;
using Rememberizer.Contract.MockServer.Proxy.Forwarding;
using Rememberizer.Contract.MockServer.Proxy.Recording;

namespace Rememberizer.Contract.MockServer.Hosting;

/// <summary>
/// The proxy's part of the composition root: its services, and the pipeline that replaces the mock's for
/// <c>/api/v1</c> (resolve, log, CORS, forward: no authentication, validation gate, preferences or fake, since the
/// upstream answers). The pages, the control API and the dashboard stay as <c>serve</c> has them, with the drift report
/// added. CORS is the proxy's own, the mock's policy (<c>Cors:AllowedOrigins</c>): a web app on another origin that
/// works against <c>serve</c> works against the proxy with the same settings, where the upstream's CORS would only
/// admit its own origins. So a preflight is answered here and never forwarded, and the upstream's
/// <c>Access-Control-*</c> headers do not reach the browser (<see cref="UpstreamTransformer"/>).
/// </summary>
public static class ProxySetup
{
    public static IServiceCollection AddUpstreamProxy(this IServiceCollection services, ProxyArguments arguments)
    {
        services.AddSingleton(arguments);
        // Credentials are the upstream's to judge. Without a default scheme, the authentication middleware that
        // WebApplication puts first by itself (the proxy's pipeline has none of its own) leaves every request alone.
        services.Configure<AuthenticationOptions>(authentication => authentication.DefaultScheme = null);
        services.AddHttpForwarder();
        services.AddSingleton<UpstreamClient>();
        services.AddSingleton(sp => new UpstreamAddress(arguments.Upstream));
        services.AddSingleton<UpstreamTransformer>();
        services.AddSingleton<DriftReport>();
        services.AddSingleton<IExchangeObserver, DriftCheck>();
        if (arguments.RecordDirectory is not null)
        {
            services.AddSingleton<ExchangeRecorder>();
            services.AddSingleton<IExchangeObserver>(sp => sp.GetRequiredService<ExchangeRecorder>());
        }

        return services;
    }

    public static bool IsProxy(this IServiceProvider services) => services.GetService<ProxyArguments>() is not null;

    public static WebApplication UseProxyPipeline(this WebApplication app, MockServerOptions options)
    {
        if (!options.Quiet)
        {
            app.UseMiddleware<TerminalStage>();           // a terminal line per request, as serve prints them
        }

        app.UseDrfErrorBodies();
        app.UseMiddleware<TenantResolution>();
        app.UseRouting();                                 // the pages and the control API
        app.UseMiddleware<ProxyResolution>();             // the contract operation of an API request, no leniency
        app.UseMiddleware<RequestLogStage>();             // /_mock/requests and the dashboard
        app.UseCors();                                    // the mock's CORS, as serve answers it (see below)
        app.UseMiddleware<ForwardingStage>();             // the upstream answers; the checks watch
        return app;
    }
}
