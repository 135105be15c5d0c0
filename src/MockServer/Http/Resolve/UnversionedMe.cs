namespace Rememberizer.Contract.MockServer.Http.Resolve;

/// <summary>
/// Stage 1, resolve, before routing: <c>GET /api/me</c> and <c>/api/me/</c>, without <c>/v1</c>, are the profile
/// the OAuth walkthrough's last step calls; they are served as <c>/api/v1/me/</c>, so every later stage (credentials,
/// preferences, the log) treats them as that operation. Any other path passes untouched, at the cost of one compare.
/// </summary>
public sealed class UnversionedMe(RequestDelegate next)
{
    private static readonly PathString Versioned = "/api/v1/me/";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (path is not null && (path.Equals("/api/me", StringComparison.OrdinalIgnoreCase) || path.Equals("/api/me/", StringComparison.OrdinalIgnoreCase)))
        {
            context.Request.Path = Versioned;
        }

        return next(context);
    }
}
