namespace Rememberizer.Contract.MockServer.Http.Resolve;

/// <summary>
/// Stage 1, resolve, before routing: <c>GET /api/me</c> and <c>/api/me/</c>, without <c>/v1</c>, are the profile
/// the OAuth walkthrough's last step calls; they are served as <c>/api/v1/me/</c>, so every later stage (credentials,
/// preferences, the log) treats them as that operation. Any other path passes untouched, at the cost of one compare.
/// </summary>
public sealed class UnversionedMe(RequestDelegate next)
{
    public static readonly PathString Versioned = "/api/v1/me/";

    public Task InvokeAsync(HttpContext context)
    {
        if (Is(context.Request.Path))
        {
            context.Request.Path = Versioned;
        }

        return next(context);
    }

    /// <summary>Whether a path is the unversioned profile, <c>/api/me</c> or <c>/api/me/</c>.</summary>
    public static bool Is(PathString path) => path.Value is { } value
        && (value.Equals("/api/me", StringComparison.OrdinalIgnoreCase) || value.Equals("/api/me/", StringComparison.OrdinalIgnoreCase));
}
