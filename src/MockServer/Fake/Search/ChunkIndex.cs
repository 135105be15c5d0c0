namespace Rememberizer.Contract.MockServer.Fake.Search;

/// <summary>
/// An inverted index over document chunks, ranked with BM25 normalised by the query's best possible score, so a
/// similarity is in 0..1: 1 when every query term is in the chunk many times, about 0.77 when each is there once,
/// lower when terms are missing (rare terms weigh more). The low k1 keeps single mentions above the vector-store
/// default threshold of 0.7 while repeated mentions still rank higher. Safe for concurrent readers and writers.
/// </summary>
public sealed class ChunkIndex
{
    private const double K1 = 0.3;
    private const double B = 0.5;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Posting>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<int, ChunkEntry> _chunks = new();
    private readonly Dictionary<int, List<int>> _chunksByDocument = new();
    private long _totalLength;
    private int _nextChunkId;

    public void Add(int documentKey, IReadOnlyList<string> chunks)
    {
        lock (_gate)
        {
            var ids = new List<int>(chunks.Count);
            for (var ordinal = 0; ordinal < chunks.Count; ordinal++)
            {
                var terms = Tokenizer.Terms(chunks[ordinal]).ToList();
                var id = _nextChunkId++;
                var counts = terms.CountBy(t => t).ToList();
                _chunks[id] = new ChunkEntry(documentKey, ordinal, Math.Max(1, terms.Count), [.. counts.Select(c => c.Key)]);
                _totalLength += Math.Max(1, terms.Count);
                foreach (var (term, count) in counts)
                {
                    PostingsOf(term).Add(new Posting(id, count));
                }

                ids.Add(id);
            }

            _chunksByDocument[documentKey] = ids;
        }
    }

    public void Remove(int documentKey)
    {
        lock (_gate)
        {
            if (!_chunksByDocument.Remove(documentKey, out var ids))
            {
                return;
            }

            foreach (var id in ids)
            {
                var entry = _chunks[id];
                _chunks.Remove(id);
                _totalLength -= entry.Length;
                foreach (var term in entry.Terms)
                {
                    var list = _postings[term];
                    list.RemoveAll(p => p.ChunkId == id);
                    if (list.Count == 0)
                    {
                        _postings.Remove(term);
                    }
                }
            }
        }
    }

    /// <summary>The best <paramref name="limit"/> chunks of documents <paramref name="include"/> accepts, closest first.</summary>
    public IReadOnlyList<ChunkHit> Search(string query, int limit, Func<int, bool> include, double minSimilarity = 0)
    {
        var terms = Tokenizer.Terms(query).Distinct().ToList();
        if (terms.Count == 0 || limit <= 0)
        {
            return [];
        }

        lock (_gate)
        {
            var total = _chunks.Count;
            if (total == 0)
            {
                return [];
            }

            var averageLength = (double)_totalLength / total;
            var scores = new Dictionary<int, double>();
            var bestPossible = 0.0;
            foreach (var term in terms)
            {
                var postings = _postings.GetValueOrDefault(term);
                var frequency = postings?.Count ?? 0;
                var weight = Math.Log(1 + ((total - frequency + 0.5) / (frequency + 0.5)));
                bestPossible += weight;
                foreach (var posting in postings ?? [])
                {
                    var entry = _chunks[posting.ChunkId];
                    var norm = 1 - B + (B * entry.Length / averageLength);
                    var saturation = posting.Count / (posting.Count + (K1 * norm));
                    scores[posting.ChunkId] = scores.GetValueOrDefault(posting.ChunkId) + (weight * saturation);
                }
            }

            return [.. scores
                .Select(s => (Entry: _chunks[s.Key], Similarity: s.Value / bestPossible))
                .Where(s => s.Similarity >= minSimilarity && include(s.Entry.DocumentKey))
                .OrderByDescending(s => s.Similarity).ThenBy(s => s.Entry.DocumentKey).ThenBy(s => s.Entry.Ordinal)
                .Take(limit)
                .Select(s => new ChunkHit(s.Entry.DocumentKey, s.Entry.Ordinal, Math.Min(1, s.Similarity)))];
        }
    }

    private List<Posting> PostingsOf(string term)
    {
        if (!_postings.TryGetValue(term, out var list))
        {
            list = [];
            _postings[term] = list;
        }

        return list;
    }

    private readonly record struct Posting(int ChunkId, int Count);

    private sealed record ChunkEntry(int DocumentKey, int Ordinal, int Length, string[] Terms);
}

/// <summary>One ranked chunk: which document, which chunk of it, and how close it is to the query.</summary>
public readonly record struct ChunkHit(int DocumentKey, int Chunk, double Similarity)
{
    /// <summary>1 − similarity, rounded as an embedding store would report it: 0 is identical, 1 unrelated.</summary>
    public double Distance => Math.Round(1 - Similarity, 4);
}
