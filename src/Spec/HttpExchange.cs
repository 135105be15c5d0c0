namespace Rememberizer.Contract.Spec;

/// <summary>A request as the validator needs it: plain strings, no web-framework types.</summary>
public sealed record RequestSnapshot(
    string Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    string? ContentType,
    string? Body)
{
    /// <summary>The path parameters, when the caller already has them (a router's values); otherwise they are
    /// read from <see cref="Path"/> with the operation's template.</summary>
    public IReadOnlyDictionary<string, string>? PathValues { get; init; }
}

/// <summary>A response as the validator needs it. Header names are matched case-insensitively.</summary>
public sealed record ResponseSnapshot(
    int Status,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Headers,
    string? ContentType,
    string? Body);
