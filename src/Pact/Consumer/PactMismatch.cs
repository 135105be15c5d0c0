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
public sealed record PactMismatchDetail(string Type, string? Location, string? Expected, string? Actual, string? Description);
