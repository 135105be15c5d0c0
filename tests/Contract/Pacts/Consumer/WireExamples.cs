using Rememberizer.Contract.Pact;

namespace Rememberizer.Contract.Tests.Pacts.Consumer;

/// <summary>Matchers the scenarios share: the session cookies and the JSON content type.</summary>
public static class WireExamples
{
    public const string AccessJwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0b2tlbl90eXBlIjoiYWNjZXNzIiwidXNlcl9pZCI6NDJ9.c2lnbmF0dXJl";
    public const string RefreshToken = "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0";

    // The Rust regex engine of pact has no look-around, so attribute order is spelled out as ASP.NET writes it.
    private const string SetPattern = @"^(access_token|refresh_token)=[A-Za-z0-9_.\-]+; max-age=[0-9]+; path=/[a-z0-9/]*; samesite=lax; httponly$";
    private const string ClearPattern = @"^(access_token|refresh_token)=; expires=Thu, 01 Jan 1970 00:00:00 GMT; max-age=0; path=/[a-z0-9/]*; samesite=lax; httponly$";

    public static Matcher JsonContentType { get; } = Match.Regex("application/json; charset=utf-8", @"^application/json(;\s*charset=utf-8)?$");

    public static Matcher AccessCookieSet { get; } =
        Match.Regex($"access_token={AccessJwt}; max-age=300; path=/; samesite=lax; httponly", SetPattern);

    public static Matcher RefreshCookieSet { get; } =
        Match.Regex($"refresh_token={RefreshToken}; max-age=86400; path=/api/v1/auth/; samesite=lax; httponly", SetPattern);

    public static Matcher AccessCookieCleared { get; } =
        Match.Regex("access_token=; expires=Thu, 01 Jan 1970 00:00:00 GMT; max-age=0; path=/; samesite=lax; httponly", ClearPattern);

    public static Matcher RefreshCookieCleared { get; } =
        Match.Regex("refresh_token=; expires=Thu, 01 Jan 1970 00:00:00 GMT; max-age=0; path=/api/v1/auth/; samesite=lax; httponly", ClearPattern);

    public static ResponseBuilder WithSessionCookies(this ResponseBuilder response) =>
        response.WithHeader("Set-Cookie", AccessCookieSet).WithHeader("Set-Cookie", RefreshCookieSet);

    public static ResponseBuilder WithClearedSessionCookies(this ResponseBuilder response) =>
        response.WithHeader("Set-Cookie", AccessCookieCleared).WithHeader("Set-Cookie", RefreshCookieCleared);

    public static ResponseBuilder WithJson(this ResponseBuilder response, int status, object body) =>
        response.WithStatus(status).WithHeader("Content-Type", JsonContentType).WithJsonBody(body);
}
