using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Fake.OAuth;

namespace Rememberizer.Contract.MockServer.Http.Auth;

/// <summary>
/// The token endpoint's error shape, RFC 6749 §5.2 (<c>error</c>, <c>error_description</c>) rather than DRF's,
/// because OAuth client libraries parse exactly that. The only error body written outside DrfErrors.
/// </summary>
public static class OAuthErrors
{
    public static ObjectResult From(OAuthFailure failure) =>
        new(new OAuthError { Error = failure.Error, Error_description = failure.Description })
        {
            StatusCode = failure.Status,
            ContentTypes = { "application/json" },
        };
}
