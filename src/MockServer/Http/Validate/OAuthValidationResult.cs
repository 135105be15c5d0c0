using Rememberizer.Contract.Fake.OAuth;
using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Http.Validate;

/// <summary>
/// Contract violations of an OAuth request, said the way RFC 6749 §5.2 says them: an unknown grant type is
/// <c>unsupported_grant_type</c>, anything else malformed is <c>invalid_request</c> naming the parameter.
/// </summary>
public static class OAuthValidationResult
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<ContractOperation, bool> Speakers = new();

    /// <summary>Operations whose declared 400 body is RFC 6749's <c>error</c> object, not DRF's field map.</summary>
    public static bool Speaks(ContractOperation operation) => Speakers.GetOrAdd(operation, static o =>
        o.Definition.ActualResponses.TryGetValue("400", out var badRequest)
        && badRequest.ActualResponse.Content.Values.FirstOrDefault()?.Schema?.ActualSchema.ActualProperties.ContainsKey("error") == true);

    public static Task WriteAsync(HttpContext context, IReadOnlyList<Violation> violations) => OAuthErrors.WriteAsync(context, From(violations));

    public static OAuthFailure From(IReadOnlyList<Violation> violations)
    {
        var first = violations[0];
        if (first.Kind == ViolationKind.UnsupportedMediaType)
        {
            return new OAuthFailure(StatusCodes.Status415UnsupportedMediaType, "invalid_request", first.Message);
        }

        var grantType = violations.FirstOrDefault(v => v.Field == "grant_type" && v.Kind != ViolationKind.Required);
        return grantType is not null
            ? new OAuthFailure(StatusCodes.Status400BadRequest, "unsupported_grant_type", grantType.Message)
            : new OAuthFailure(StatusCodes.Status400BadRequest, "invalid_request", string.Join(" ", violations.Select(v => $"{v.Field}: {v.Message}")));
    }
}
