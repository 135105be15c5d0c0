using Microsoft.AspNetCore.Mvc;

namespace Rememberizer.Contract.MockServer.Http.Errors;

/// <summary>
/// The one home of the wire error shape: DRF's <c>{"detail": …}</c> for auth, permission and not-found errors and
/// <c>{"field": ["message"]}</c> for validation errors. Nothing else writes error bodies.
/// </summary>
public static class DrfErrors
{
    public const string NotFoundText = "Not found.";
    public const string NotAuthenticatedText = "Authentication credentials were not provided.";

    public static ObjectResult Detail(int status, string detail, string? code = null) =>
        new(Body(detail, code)) { StatusCode = status, ContentTypes = { "application/json" } };

    public static ObjectResult NotFound() => Detail(StatusCodes.Status404NotFound, NotFoundText);

    public static ObjectResult Fields(IReadOnlyDictionary<string, IReadOnlyList<string>> errors) =>
        new(errors) { StatusCode = StatusCodes.Status400BadRequest, ContentTypes = { "application/json" } };

    public static ObjectResult Field(string field, string message) =>
        Fields(new Dictionary<string, IReadOnlyList<string>> { [field] = [message] });

    public static Dictionary<string, string> Body(string detail, string? code = null) =>
        code is null ? new() { ["detail"] = detail } : new() { ["detail"] = detail, ["code"] = code };

    /// <summary>Writes a detail error straight to the response, for middleware that runs outside MVC.</summary>
    public static Task WriteDetailAsync(HttpContext context, int status, string detail, string? code = null)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(Body(detail, code), context.RequestAborted);
    }

    public static Task WriteFieldsAsync(HttpContext context, IReadOnlyDictionary<string, IReadOnlyList<string>> errors)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return context.Response.WriteAsJsonAsync(errors, context.RequestAborted);
    }
}
