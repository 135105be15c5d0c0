using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Http.Authenticate;

/// <summary>
/// Answers a forbidden request with DRF's 403 body, using the failed requirement's own reason when it gave one
/// (for example the unverified e-mail). Challenges go to the authentication handler, which writes the 401 body.
/// </summary>
public sealed class DrfAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var reason = authorizeResult.AuthorizationFailure?.FailureReasons.FirstOrDefault()?.Message;
            return DrfErrors.WriteDetailAsync(context, StatusCodes.Status403Forbidden, reason ?? DrfStatusText.For(StatusCodes.Status403Forbidden, context));
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
