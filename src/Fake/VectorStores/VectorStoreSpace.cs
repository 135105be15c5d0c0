using Rememberizer.Contract.Fake.Search;
using Rememberizer.Contract.Fake.Seed;

namespace Rememberizer.Contract.Fake.VectorStores;

/// <summary>One vector store's documents and their search index. Thread-safe.</summary>
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

    /// <summary>Adds a document; it is searchable once the indexing delay has passed (or at once when
    /// <paramref name="created"/> is given, for seeded documents).</summary>
    public VectorStoreDocument Add(string name, string mimeType, string text, int size, DateTimeOffset? created = null)
    {
        var at = created ?? clock.GetUtcNow();
        var indexedAt = created ?? at.AddSeconds(options.IndexingDelaySeconds);
        var document = new VectorStoreDocument(nextDocumentId(), Store.Id, name, mimeType, size, at, at, indexedAt,
            TextChunker.Split(text, options.WordsPerChunk));
        lock (_gate)
        {
            _documents[document.Id] = document;
        }

        _index.Add(document.Id, document.Chunks);
        return document;
    }

    public UploadOutcome Upload(IReadOnlyList<UploadedFile> files)
    {
        var stored = new List<VectorStoreDocument>();
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

            stored.Add(Add(file.FileName, mimeType, UploadFormats.ExtractText(mimeType, content.ToArray()), (int)content.Length));
        }

        return new UploadOutcome(stored, rejected);
    }

    public VectorStoreDocument? Rename(int id, string? name)
    {
        lock (_gate)
        {
            if (!_documents.TryGetValue(id, out var document))
            {
                return null;
            }

            return name is null ? document : _documents[id] = document with { Name = name, Modified = clock.GetUtcNow() };
        }
    }

    public bool Delete(int id)
    {
        lock (_gate)
        {
            if (!_documents.Remove(id))
            {
                return false;
            }
        }

        _index.Remove(id);
        return true;
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
