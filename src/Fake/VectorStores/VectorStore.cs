namespace Rememberizer.Contract.Fake.VectorStores;

/// <summary>A vector store, how it embeds and indexes, and the API key that reaches it (and nothing else).</summary>
public sealed record VectorStore(
    string Id,
    string Name,
    string Description,
    string ApiKey,
    DateTimeOffset Created,
    DateTimeOffset Modified)
{
    public string EmbeddingModel { get; init; } = VectorStoreChoices.Default.EmbeddingModel;

    public string IndexingAlgorithm { get; init; } = VectorStoreChoices.Default.IndexingAlgorithm;

    public int VectorDimension { get; init; } = VectorStoreChoices.Default.VectorDimension;

    public string SearchMetric { get; init; } = VectorStoreChoices.Default.SearchMetric;

    /// <summary>The user who created it through the API; null for the store that exists from start-up.</summary>
    public int? OwnerId { get; init; }
}

/// <summary>
/// One named API key of a vector store (a store has several, made in the web app's Configuration tab); it reaches
/// that store until it is revoked. The key the store was made with is named "Default".
/// </summary>
public sealed record StoreApiKey(string Id, string Name, string ApiKey, DateTimeOffset Created);

/// <summary>
/// A document of a vector store. It becomes indexed (searchable) at <see cref="IndexedAt"/>, measured on the mock
/// clock, so clients see the documented processing → indexed transition without the mock running a background job.
/// </summary>
public sealed record VectorStoreDocument(
    int Id,
    string StoreId,
    string Name,
    string MimeType,
    int Size,
    DateTimeOffset Created,
    DateTimeOffset Modified,
    DateTimeOffset IndexedAt,
    IReadOnlyList<string> Chunks)
{
    public bool IsIndexed(DateTimeOffset now) => now >= IndexedAt;
}

/// <summary>A chunk of a vector-store document that matched a search.</summary>
public sealed record VectorStoreMatch(VectorStoreDocument Document, string Content, double Distance);

/// <summary>One file of an upload request; the content is read only once the file passed the checks.</summary>
public sealed record UploadedFile(string FileName, long Length, Func<Stream> Open);

/// <summary>What an upload stored and what it refused.</summary>
public sealed record UploadOutcome(IReadOnlyList<VectorStoreDocument> Stored, IReadOnlyList<(string File, string Error)> Rejected);
