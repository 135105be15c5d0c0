using Rememberizer.Contract.MockServer.Http.Authenticate;
using Rememberizer.Contract.MockServer.Http.Check;
using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.MockServer.Http.Log;
using Rememberizer.Contract.MockServer.Http.Prefer;
using Rememberizer.Contract.MockServer.Http.Resolve;
using Rememberizer.Contract.MockServer.Http.Validate;

namespace Rememberizer.Contract.MockServer.Http;

/// <summary>
/// Every API request passes the same stages, each in its own folder, in this order (Prism's route → validate →
/// mock → check): resolve (tenant, endpoint, operation), authenticate, validate, preferences, fake, then check and
/// log on the way out. Check and
/// log are registered early because they wrap what follows them: that is how they see the final answer.
/// </summary>
public static class RequestPipeline
{
    public static WebApplication UseRequestPipeline(this WebApplication app, MockServerOptions options)
    {
        if (!options.Quiet)
        {
            app.UseMiddleware<TerminalStage>();           // 6 log, for people: one terminal line per request
        }

        app.UseDrfErrorBodies();                          // whatever goes wrong below answers in DRF's shape
        app.UseMiddleware<TenantResolution>();            // 1 resolve: the tenant (header or /t/NAME/ prefix)...
        app.UseMiddleware<UnversionedMe>();               // ...the OAuth walkthrough's /api/me as /api/v1/me/...
        app.UseRouting();                                 // ...routing picks the endpoint...
        app.UseMiddleware<OperationResolution>();         // 1 resolve: ...and the contract operation, once; leniency
        app.UseMiddleware<RequestLogStage>();             // 6 log: wraps the rest
        if (options.CheckResponses)
        {
            app.UseMiddleware<ResponseCheckStage>();      // 6 check: wraps the rest, when enabled
        }

        app.UseMockAuthentication();                      // 2 authenticate: CORS preflight, credentials, policies
        app.UseMiddleware<ContractValidation>();          // 3 validate: a rejected request stops here
        app.UseMiddleware<PreferenceStage>();             // 4 preferences: forced status, delay
        app.MapControllers();                             // 5 fake: thin controllers over the domain
        return app;
    }
}
