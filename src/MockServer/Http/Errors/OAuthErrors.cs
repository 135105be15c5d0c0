using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Fake.OAuth;
using Rememberizer.Contract.Generated.Server;

namespace Rememberizer.Contract.MockServer.Http.Errors;

/// <summary>
/// The token endpoint's error shape, RFC 6749 §5.2 (<c>error</c>, <c>error_description</c>) rather than DRF's,
/// because OAuth client libraries parse exactly that. The only error body written outside DrfErrors.
/// </summary>
public static class OAuthErrors
{
    public static ObjectResult From(OAuthFailure failure) =>
        new(Body(failure))
        {
            StatusCode = failure.Status,
            ContentTypes = { "application/json" },
        };

    /// <summary>Writes the error straight to the response, for the validation stage that runs outside MVC.</summary>
    public static Task WriteAsync(HttpContext context, OAuthFailure failure)
    {
        context.Response.StatusCode = failure.Status;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(Body(failure), context.RequestAborted);
    }

    private static OAuthError Body(OAuthFailure failure) => new() { Error = failure.Error, Error_description = failure.Description };
}
