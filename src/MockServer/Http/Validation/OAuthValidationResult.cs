using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.MockServer.Fake.OAuth;
using Rememberizer.Contract.MockServer.Http.Auth;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Http.Validation;

/// <summary>
/// Contract violations of an OAuth request, said the way RFC 6749 §5.2 says them: an unknown grant type is
/// <c>unsupported_grant_type</c>, anything else malformed is <c>invalid_request</c> naming the parameter.
/// </summary>
public static class OAuthValidationResult
{
    public static IActionResult From(IReadOnlyList<Violation> violations)
    {
        var first = violations[0];
        if (first.Kind == ViolationKind.UnsupportedMediaType)
        {
            return OAuthErrors.From(new OAuthFailure(StatusCodes.Status415UnsupportedMediaType, "invalid_request", first.Message));
        }

        var grantType = violations.FirstOrDefault(v => v.Field == "grant_type" && v.Kind != ViolationKind.Required);
        return grantType is not null
            ? OAuthErrors.From(new OAuthFailure(StatusCodes.Status400BadRequest, "unsupported_grant_type", grantType.Message))
            : OAuthErrors.From(new OAuthFailure(StatusCodes.Status400BadRequest, "invalid_request",
                string.Join(" ", violations.Select(v => $"{v.Field}: {v.Message}"))));
    }
}
