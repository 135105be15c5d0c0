using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary>DRF's 404 for a control-API resource that does not exist (a user, a session, a logged request, a key).</summary>
public static class NotFoundResult
{
    public static IResult Instance { get; } = Results.Json(DrfErrors.Body(DrfErrors.NotFoundText), statusCode: StatusCodes.Status404NotFound);
}
