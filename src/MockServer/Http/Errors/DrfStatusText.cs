using Microsoft.AspNetCore.WebUtilities;

namespace Rememberizer.Contract.MockServer.Http.Errors;

/// <summary>DRF's default sentence for a status code that carries no more specific message.</summary>
public static class DrfStatusText
{
    public const string ServerErrorText = "A server error occurred.";
    public const string ServiceUnavailableText = "Service temporarily unavailable, try again later.";
    public const string PermissionDeniedText = "You do not have permission to perform this action.";

    public static string For(int status, HttpContext context) => status switch
    {
        StatusCodes.Status401Unauthorized => DrfErrors.NotAuthenticatedText,
        StatusCodes.Status403Forbidden => PermissionDeniedText,
        StatusCodes.Status404NotFound => DrfErrors.NotFoundText,
        StatusCodes.Status405MethodNotAllowed => $"Method \"{context.Request.Method}\" not allowed.",
        StatusCodes.Status406NotAcceptable => "Could not satisfy the request Accept header.",
        StatusCodes.Status413PayloadTooLarge => "Request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => $"Unsupported media type \"{context.Request.ContentType}\" in request.",
        StatusCodes.Status429TooManyRequests => Throttling.Text,
        >= 500 => ForServerError(status),
        _ => "Bad request.",
    };

    /// <summary>
    /// DRF's own texts where it has them (<c>APIException</c> for 500, <c>ServiceUnavailable</c> for 503); for any
    /// other 5xx, which DRF never raises itself, the standard reason phrase.
    /// </summary>
    public static string ForServerError(int status) => status switch
    {
        StatusCodes.Status503ServiceUnavailable => ServiceUnavailableText,
        _ when status != StatusCodes.Status500InternalServerError && ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase => phrase + ".",
        _ => ServerErrorText,
    };
}
