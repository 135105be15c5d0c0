using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Api;

[ApiController]
public sealed class OAuthController : OAuthControllerBase
{
    public override async Task<IActionResult> AuthorizeOAuthApplication(Response_type response_type, string client_id, System.Uri redirect_uri, string state, string? scope) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(AuthorizeOAuthApplication)));

    public override async Task<ActionResult<OAuthTokenResponse>> ExchangeOAuthToken(OAuthTokenRequest body) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(ExchangeOAuthToken)));
}
