using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Sessions;

namespace Rememberizer.Contract.MockServer.Http.Authenticate;

/// <summary>
/// The only code that writes or reads the session cookies: HttpOnly, SameSite=Lax, <c>Secure</c> over HTTPS,
/// the access JWT on <c>/</c> and the refresh token only on <c>/api/v1/auth/</c> so it never leaves with data calls
/// (both under a path tenant's prefix).
/// </summary>
public sealed class SessionCookies(IOptions<AuthOptions> options)
{
    public const string AccessName = "access_token";
    public const string RefreshName = "refresh_token";
    public const string AccessPath = "/";
    public const string RefreshPath = "/api/v1/auth/";

    public void Write(HttpContext context, TokenPair tokens)
    {
        Append(context, AccessName, tokens.Access, AccessPath, options.Value.AccessTokenLifetime);
        Append(context, RefreshName, tokens.Refresh.RefreshToken, RefreshPath, options.Value.RefreshTokenLifetime);
    }

    public void Clear(HttpContext context)
    {
        Append(context, AccessName, "", AccessPath, TimeSpan.Zero);
        Append(context, RefreshName, "", RefreshPath, TimeSpan.Zero);
    }

    public static string? ReadAccess(HttpRequest request) => NonEmpty(request.Cookies[AccessName]);

    public static string? ReadRefresh(HttpRequest request) => NonEmpty(request.Cookies[RefreshName]);

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    // Under a tenant's /t/NAME/ prefix the cookies are that prefix's, so two tenants in one browser never mix.
    private static void Append(HttpContext context, string name, string value, string path, TimeSpan maxAge) =>
        context.Response.Cookies.Append(name, value, new CookieOptions
        {
            Path = context.Request.PathBase.HasValue ? context.Request.PathBase.Value + path : path,
            MaxAge = maxAge,
            // Old browsers ignore Max-Age; an expiry in the past makes them drop a cleared cookie too.
            Expires = maxAge == TimeSpan.Zero ? DateTimeOffset.UnixEpoch : null,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
        });
}
