using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Proxy;

/// <summary>
/// One exchange the proxy forwarded, as the checks and the recorder read it: the request as the client sent it and
/// the answer as the upstream gave it (its body decoded when the upstream compressed it; null when it was not text or
/// larger than the proxy keeps).
/// </summary>
public sealed record ObservedExchange(
    ContractOperation? Operation,
    string Method,
    string Path,
    string Query,
    IReadOnlyList<KeyValuePair<string, string>> RequestHeaders,
    string? RequestContentType,
    string? RequestBody,
    int Status,
    IReadOnlyDictionary<string, IReadOnlyList<string>> ResponseHeaders,
    string? ResponseContentType,
    string? ResponseBody)
{
    public string? RequestHeader(string name) =>
        RequestHeaders.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public RequestSnapshot RequestSnapshot() => new(Method, Path, QueryPairs(Query), RequestContentType, RequestBody);

    public ResponseSnapshot ResponseSnapshot() => new(Status, ResponseHeaders, ResponseContentType, ResponseBody);

    public static IReadOnlyList<KeyValuePair<string, string>> QueryPairs(string query) =>
        [.. Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query)
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? "")))];
}
