using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Api;

[ApiController]
public sealed class IntegrationsController : IntegrationsControllerBase
{
    public override async Task<ActionResult<IntegrationList>> ListIntegrations() =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(ListIntegrations)));
}
