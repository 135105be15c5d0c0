using System.Globalization;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Http.Prefer;

/// <summary>
/// The answer a <c>code</c> and/or <c>example</c> preference picks for an operation: a named example (of that status
/// only, when a code is given), the default example of a declared status, or, for a status the operation does not
/// declare, DRF's <c>{"detail": …}</c> for it (<see cref="Undeclared"/>) when the real service can answer it on any
/// endpoint: a 5xx (outages happen whatever a contract says) or a client error DRF's own stack raises before any
/// view runs (<see cref="DrfClientErrors"/>). Any other undeclared status would only teach a client something the
/// real API never does. An undeclared 405 or 415 has no body yet: its text names the request's method or media
/// type, which the stage writes (<see cref="NeedsRequestText"/>).
/// </summary>
public sealed record ForcedAnswer(ExampleResponse Example, bool Undeclared)
{
    /// <summary>Authentication, permission, not found, method, media type and throttling: raised by DRF on any endpoint.</summary>
    public static readonly IReadOnlyList<int> DrfClientErrors = [401, 403, 404, 405, 415, 429];

    private static readonly JsonSerializerOptions Json = new() { Encoder = WireJson.Encoder };

    /// <summary>An undeclared 405 or 415, whose DRF text names the request's method or media type.</summary>
    public bool NeedsRequestText => Undeclared && Example.Body is null;

    /// <summary>Picks the answer, or says why there is none (naming what the operation has instead).</summary>
    public static bool TryChoose(ContractOperation operation, int? code, string? example, out ForcedAnswer? answer, out string refusal)
    {
        answer = null;
        refusal = "";
        if (example is not null)
        {
            if (operation.NamedExample(example, code) is { } named)
            {
                answer = new ForcedAnswer(named, Undeclared: false);
                return true;
            }

            refusal = code is { } status
                ? $"Prefer: example={example} is not an example of status {status} of this operation ({Names(operation.Examples.Where(e => e.Status == status))})."
                : $"Prefer: example={example} is not an example of this operation ({Names(operation.Examples)}).";
            return false;
        }

        if (code is not { } forced)
        {
            return true; // nothing chosen: the fake answers
        }

        if (operation.ExampleFor(forced) is { } declared)
        {
            answer = new ForcedAnswer(declared, Undeclared: false);
            return true;
        }

        if (forced >= 500)
        {
            answer = new ForcedAnswer(ServerError(forced), Undeclared: true);
            return true;
        }

        if (DrfClientErrors.Contains(forced))
        {
            answer = new ForcedAnswer(ClientError(forced), Undeclared: true);
            return true;
        }

        refusal = $"Prefer: code={forced} is not a response of this operation (declared: {string.Join(", ", operation.DeclaredStatuses)}; "
            + $"any 5xx and {string.Join(", ", DrfClientErrors)} are also served).";
        return false;
    }

    private static string Names(IEnumerable<ExampleResponse> examples)
    {
        var names = examples.Where(e => e.Name is not null)
            .Select(e => $"{e.Name} ({e.Status.ToString(CultureInfo.InvariantCulture)})")
            .Distinct()
            .ToList();
        return names.Count == 0 ? "it has no named examples" : $"its examples: {string.Join(", ", names)}";
    }

    private static ExampleResponse ServerError(int status) =>
        new(status, null, "application/json", JsonSerializer.Serialize(DrfErrors.Body(DrfStatusText.ForServerError(status)), Json), []);

    private static ExampleResponse ClientError(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => Detail(status, DrfErrors.NotAuthenticatedText, [new("WWW-Authenticate", "Bearer")]),
        StatusCodes.Status403Forbidden => Detail(status, DrfStatusText.PermissionDeniedText, []),
        StatusCodes.Status404NotFound => Detail(status, DrfErrors.NotFoundText, []),
        StatusCodes.Status429TooManyRequests => Detail(status, Throttling.Text, [new("Retry-After", Throttling.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture))]),
        _ => new(status, null, "application/json", null, []),
    };

    private static ExampleResponse Detail(int status, string text, IReadOnlyList<KeyValuePair<string, string>> headers) =>
        new(status, null, "application/json", JsonSerializer.Serialize(DrfErrors.Body(text), Json), headers);
}
