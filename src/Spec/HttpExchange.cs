namespace Rememberizer.Contract.Spec;

/// <summary>A request as the validator needs it: plain strings, no web-framework types.</summary>
public sealed record RequestSnapshot(
    string Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    string? ContentType,
    string? Body);

/// <summary>A response as the validator needs it. Header names are matched case-insensitively.</summary>
public sealed record ResponseSnapshot(
    int Status,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Headers,
    string? ContentType,
    string? Body);
