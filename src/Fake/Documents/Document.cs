namespace Rememberizer.Contract.Fake.Documents;

/// <summary>Indexing state of a document, as <c>/documents/</c> reports it.</summary>
public enum DocumentState
{
    Indexed,
    Indexing,
    Error,
}

/// <summary>One item of a user's knowledge: a file, an e-mail, a Slack channel or memorized text.</summary>
public sealed record Document
{
    public required int Id { get; init; }

    /// <summary>The item's id in its source system (Drive file id, Slack channel id…).</summary>
    public required string SourceId { get; init; }

    public required string Name { get; init; }

    public required string MimeType { get; init; }

    public required string Path { get; init; }

    public string? Url { get; init; }

    public required int IntegrationId { get; init; }

    public required string IntegrationType { get; init; }

    public required string Source { get; init; }

    public DocumentState State { get; init; } = DocumentState.Indexed;

    public DateTimeOffset? IndexedOn { get; init; }

    public string? ErrorMessage { get; init; }

    public required int Size { get; init; }

    public required DateTimeOffset Created { get; init; }

    public required DateTimeOffset Modified { get; init; }

    /// <summary>The text in search chunks; concatenated they give the whole text.</summary>
    public required IReadOnlyList<string> Chunks { get; init; }
}
