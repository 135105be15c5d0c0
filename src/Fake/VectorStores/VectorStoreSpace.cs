using Rememberizer.Contract.Fake.Search;
using Rememberizer.Contract.Fake.Seed;

namespace Rememberizer.Contract.Fake.VectorStores;

/// <summary>
/// One vector store's documents and their search index. Documents arrive with the id and moment a recorded change
/// decided (<see cref="VectorStoreChanges"/>); seeded ones take ids from the registry's sequence. Thread-safe.
/// </summary>
public sealed class VectorStoreSpace(VectorStore store, TimeProvider clock, DataOptions options, Func<int> nextDocumentId)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, VectorStoreDocument> _documents = [];
    private readonly ChunkIndex _index = new();

    public VectorStore Store { get; } = store;

    /// <summary>Newest first.</summary>
    public IReadOnlyList<VectorStoreDocument> List()
    {
        lock (_gate)
        {
            return [.. _documents.Values.OrderByDescending(d => d.Created).ThenByDescending(d => d.Id)];
        }
    }

    public VectorStoreDocument? Find(int id)
    {
        lock (_gate)
        {
            return _documents.GetValueOrDefault(id);
        }
    }

    /// <summary>A seeded document: searchable at once.</summary>
    internal VectorStoreDocument AddSeeded(string name, string mimeType, string text, int size, DateTimeOffset created) =>
        Add(nextDocumentId(), name, mimeType, text, size, created, indexedAt: created);

    /// <summary>A fixture's document, with the id it decided: searchable at once.</summary>
    internal VectorStoreDocument AddIndexed(int id, string name, string mimeType, string text, int size, DateTimeOffset created) =>
        Add(id, name, mimeType, text, size, created, indexedAt: created);

    /// <summary>A document someone added; it is searchable once the indexing delay has passed.</summary>
    internal VectorStoreDocument Add(int id, string name, string mimeType, string text, int size, DateTimeOffset at) =>
        Add(id, name, mimeType, text, size, at, at.AddSeconds(options.IndexingDelaySeconds));

    /// <summary>
    /// Reads and checks uploaded files: the text of each supported one within the size limit, and why each other one
    /// is refused. Nothing is stored here; the accepted files become recorded changes.
    /// </summary>
    public (IReadOnlyList<(string Name, string MimeType, string Text, int Size)> Accepted, IReadOnlyList<(string File, string Error)> Rejected) Read(IReadOnlyList<UploadedFile> files)
    {
        var accepted = new List<(string, string, string, int)>();
        var rejected = new List<(string, string)>();
        foreach (var file in files)
        {
            if (UploadFormats.MimeTypeOf(file.FileName) is not { } mimeType)
            {
                rejected.Add((file.FileName, "Unsupported file type."));
                continue;
            }

            if (file.Length > options.UploadFileLimitBytes)
            {
                rejected.Add((file.FileName, $"File exceeds the limit of {Size(options.UploadFileLimitBytes)}."));
                continue;
            }

            using var content = new MemoryStream();
            using (var stream = file.Open())
            {
                stream.CopyTo(content);
            }

            accepted.Add((file.FileName, mimeType, UploadFormats.ExtractText(mimeType, content.ToArray()), (int)content.Length));
        }

        return (accepted, rejected);
    }

    internal void Rename(int id, string name, DateTimeOffset at)
    {
        lock (_gate)
        {
            if (_documents.TryGetValue(id, out var document))
            {
                _documents[id] = document with { Name = name, Modified = at };
            }
        }
    }

    internal void Delete(int id)
    {
        lock (_gate)
        {
            if (!_documents.Remove(id))
            {
                return;
            }
        }

        _index.Remove(id);
    }

    private VectorStoreDocument Add(int id, string name, string mimeType, string text, int size, DateTimeOffset at, DateTimeOffset indexedAt)
    {
        var document = new VectorStoreDocument(id, Store.Id, name, mimeType, size, at, at, indexedAt, TextChunker.Split(text, options.WordsPerChunk));
        lock (_gate)
        {
            _documents[document.Id] = document;
        }

        _index.Add(document.Id, document.Chunks);
        return document;
    }

    private static string Size(long bytes) => bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes} bytes";

    /// <summary>Indexed chunks whose similarity reaches <paramref name="threshold"/>, closest first.</summary>
    public IReadOnlyList<VectorStoreMatch> Search(RankQuery query, int limit, double threshold, int before, int after)
    {
        var now = clock.GetUtcNow();
        var hits = _index.Search(query, limit, id => Find(id)?.IsIndexed(now) == true, threshold);
        return [.. hits
            .Select(hit => (Hit: hit, Document: Find(hit.DocumentKey)))
            .Where(h => h.Document is not null)
            .Select(h => new VectorStoreMatch(h.Document!, TextChunker.Window(h.Document!.Chunks, h.Hit.Chunk, before, after), h.Hit.Distance))];
    }
}
