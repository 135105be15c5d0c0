namespace Rememberizer.Contract.MockServer.Http.Errors;

/// <summary>DRF's default sentence for a status code that carries no more specific message.</summary>
public static class DrfStatusText
{
    public static string For(int status, HttpContext context) => status switch
    {
        StatusCodes.Status401Unauthorized => DrfErrors.NotAuthenticatedText,
        StatusCodes.Status403Forbidden => "You do not have permission to perform this action.",
        StatusCodes.Status404NotFound => DrfErrors.NotFoundText,
        StatusCodes.Status405MethodNotAllowed => $"Method \"{context.Request.Method}\" not allowed.",
        StatusCodes.Status406NotAcceptable => "Could not satisfy the request Accept header.",
        StatusCodes.Status413PayloadTooLarge => "Request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => $"Unsupported media type \"{context.Request.ContentType}\" in request.",
        StatusCodes.Status429TooManyRequests => "Request was throttled.",
        >= 500 => "A server error occurred.",
        _ => "Bad request.",
    };
}
