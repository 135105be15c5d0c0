namespace Rememberizer.Contract.MockServer.Http.Errors;

/// <summary>DRF's detail-error body for the control API's minimal-API handlers, written by DrfErrors like every other error.</summary>
public sealed class DetailResult(int status, string detail) : IResult
{
    /// <summary>The 404 of a control-API resource that does not exist (a user, a session, a logged request, a key).</summary>
    public static DetailResult NotFound { get; } = new(StatusCodes.Status404NotFound, DrfErrors.NotFoundText);

    public static DetailResult BadRequest(string detail) => new(StatusCodes.Status400BadRequest, detail);

    public Task ExecuteAsync(HttpContext httpContext) => DrfErrors.WriteDetailAsync(httpContext, status, detail);
}
