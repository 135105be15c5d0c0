using System.Text.Json;

namespace Rememberizer.Contract.Pact;

/// <summary>One problem the mock server saw with one request.</summary>
/// <param name="Kind"><c>request-not-found</c> (unexpected), <c>missing-request</c> (never received) or <c>request-mismatch</c>.</param>
/// <param name="Method">The HTTP method of the request.</param>
/// <param name="Path">The request path.</param>
/// <param name="Details">For <c>request-mismatch</c>: each difference found.</param>
public sealed record PactMismatch(string Kind, string Method, string Path, IReadOnlyList<PactMismatchDetail> Details);

/// <summary>One difference within a mismatched request.</summary>
/// <param name="Type">E.g. <c>BodyMismatch</c>, <c>HeaderMismatch</c>, <c>QueryMismatch</c>.</param>
/// <param name="Location">The body path, header name or query parameter, when there is one.</param>
/// <param name="Expected">What the pact declared.</param>
/// <param name="Actual">What the test sent.</param>
/// <param name="Description">pact_ffi's own sentence for the difference.</param>
public sealed record PactMismatchDetail(string Type, string? Location, string? Expected, string? Actual, string? Description)
{
    /// <summary>One entry of a <c>mismatches</c> list as pact_ffi writes it, in the mock server's and the verifier's reports alike.</summary>
    public static PactMismatchDetail FromJson(JsonElement detail) => new(
        Text(detail, "type") ?? "Mismatch",
        Text(detail, "path") ?? Text(detail, "key") ?? Text(detail, "parameter"),
        Text(detail, "expected"),
        Text(detail, "actual"),
        Text(detail, "mismatch"));

    // Expected and actual values are strings for most mismatches but JSON values for some.
    internal static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() is { Length: > 0 } text ? text : null,
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        } : null;
}
