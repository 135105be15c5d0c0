namespace Rememberizer.Contract.MockServer.Proxy.Drift;

/// <summary>
/// One difference, as <c>GET /_mock/drift</c> and the report file show it: where (operation, method, the contract's
/// path template or the path as sent when no operation matched, status), what (<see cref="Kind"/>, <see cref="Where"/>:
/// a JSON Pointer into the body with array indexes written <c>*</c>, a header's name, or a request parameter as
/// <c>query:NAME</c> or <c>path:NAME</c>), the first explanation, and how often it was seen.
/// </summary>
public sealed record DriftEntry(string? OperationId, string Method, string Path, int Status, string Kind, string Where, string Detail, long Count);

/// <summary>The drift report: how many exchanges were checked, and every difference seen, first seen first.</summary>
public sealed record DriftReportBody(long Exchanges, IReadOnlyList<DriftEntry> Drifts);
