using Rememberizer.Contract.Fake.Integrations;
using Rememberizer.Contract.Fake.Search;

namespace Rememberizer.Contract.Fake.Documents;

/// <summary>A search over one user's documents; <paramref name="Context"/> steers the ranking (agentic search).</summary>
public sealed record SearchQuery(string Text, int Limit, DateTimeOffset? From, DateTimeOffset? To, int Before, int After, string? Context = null);

/// <summary>A matching chunk (with its neighbours) and the document it belongs to.</summary>
public sealed record SearchMatch(Document Document, string Content, double Distance);

/// <summary>
/// One user's documents, newest first, with their search index. Only indexed documents are searchable, as in the
/// real service where a document still indexing has no embeddings yet. Documents go into the search index on a
/// thread-pool thread after they are added, not in <see cref="Add"/>: making a user's library (the start-up
/// knowledge's owner's, at every start of a mock) is mostly indexing, and nothing reads the index but a search,
/// which first indexes whatever is still waiting, so it finds every document added before it began.
/// </summary>
public sealed class DocumentShelf
{
    private readonly Lock _gate = new();
    private readonly List<Document> _newestFirst = [];
    private readonly Dictionary<int, Document> _byId = [];
    private readonly ChunkIndex _index = new();

    // Held while waiting documents go into the index, so a search never reads it halfway through a batch.
    private readonly Lock _indexing = new();

    // Guarded by _gate: the documents added but not yet indexed, in the order they were added, and whether a
    // thread-pool item is on its way to index them.
    private List<Document> _unindexed = [];
    private bool _indexingQueued;

    public void Add(Document document)
    {
        lock (_gate)
        {
            var at = _newestFirst.FindIndex(d => d.Created < document.Created || (d.Created == document.Created && d.Id < document.Id));
            _newestFirst.Insert(at < 0 ? _newestFirst.Count : at, document);
            _byId[document.Id] = document;
        }

        Index([document]);
    }

    /// <summary>Many documents at once (a fixture's): sorted once, where adding them one by one would sort each in.</summary>
    public void AddRange(IReadOnlyList<Document> documents)
    {
        lock (_gate)
        {
            foreach (var document in documents)
            {
                _byId[document.Id] = document;
            }

            _newestFirst.AddRange(documents);
            _newestFirst.Sort(static (a, b) => a.Created != b.Created ? b.Created.CompareTo(a.Created) : b.Id.CompareTo(a.Id));
        }

        Index(documents);
    }

    public Document? Find(int id)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    /// <summary>A snapshot of every document, newest first.</summary>
    public IReadOnlyList<Document> All()
    {
        lock (_gate)
        {
            return [.. _newestFirst];
        }
    }

    /// <summary>The total count (after the filters) and the documents from <paramref name="offset"/> on; only
    /// documents <paramref name="visible"/> accepts count, when it is given.</summary>
    public (int Count, IReadOnlyList<Document> Items) Page(string? integrationType, int offset, int limit, Func<int, bool>? visible = null)
    {
        lock (_gate)
        {
            if (integrationType is null && visible is null)
            {
                var slice = offset >= _newestFirst.Count ? [] : _newestFirst.GetRange(offset, Math.Min(limit, _newestFirst.Count - offset));
                return (_newestFirst.Count, slice);
            }

            var matching = _newestFirst.Where(d => (integrationType is null || d.IntegrationType == integrationType) && (visible is null || visible(d.Id))).ToList();
            return (matching.Count, [.. matching.Skip(offset).Take(limit)]);
        }
    }

    /// <summary>Chunks at least as close as <see cref="Relevance.DocumentSearchThreshold"/>, closest first, of
    /// documents in the time window that <paramref name="visible"/> accepts.</summary>
    public IReadOnlyList<SearchMatch> Search(SearchQuery query, Func<int, bool>? visible = null)
    {
        IndexWaiting();
        var hits = _index.Search(new RankQuery(query.Text, query.Context), query.Limit, id => (visible is null || visible(id)) && Find(id) is { } d
            && (query.From is null || d.Modified >= query.From) && (query.To is null || d.Modified <= query.To), Relevance.DocumentSearchThreshold);
        return [.. hits.Select(hit =>
        {
            var document = Find(hit.DocumentKey)!;
            return new SearchMatch(document, TextChunker.Window(document.Chunks, hit.Chunk, query.Before, query.After), hit.Distance);
        })];
    }

    /// <summary>Queues the documents whose state is indexed for the index, in order, and a thread-pool item to index them.</summary>
    private void Index(IEnumerable<Document> documents)
    {
        bool queue;
        lock (_gate)
        {
            _unindexed.AddRange(documents.Where(d => d.State == DocumentState.Indexed));
            queue = _unindexed.Count > 0 && !_indexingQueued;
            _indexingQueued |= queue;
        }

        if (queue)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static shelf => shelf.IndexWaiting(), this, preferLocal: false);
        }
    }

    /// <summary>Indexes every document waiting; returns once they all are, whoever started on them.</summary>
    private void IndexWaiting()
    {
        lock (_indexing)
        {
            List<Document> waiting;
            lock (_gate)
            {
                waiting = _unindexed;
                _unindexed = [];
                _indexingQueued = false;
            }

            foreach (var document in waiting)
            {
                _index.Add(document.Id, [.. document.Chunks.Select(Discussion.WithoutStamps)]);
            }
        }
    }
}
