using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace Rememberizer.Contract.MockServer.Http.Errors;

/// <summary>Replaces MVC's ProblemDetails for bare status results (404, 405, 415…) with DRF's detail body.</summary>
public sealed class DrfClientErrorFactory : IClientErrorFactory
{
    public IActionResult GetClientError(ActionContext actionContext, IClientErrorActionResult clientError) =>
        DrfErrors.Detail(clientError.StatusCode ?? StatusCodes.Status400BadRequest, DrfStatusText.For(clientError.StatusCode ?? 400, actionContext.HttpContext));
}
