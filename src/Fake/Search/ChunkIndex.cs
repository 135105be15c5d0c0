namespace Rememberizer.Contract.Fake.Search;

/// <summary>What to rank chunks against: the question, and optionally words that steer it (agentic search).</summary>
public sealed record RankQuery(string Question, string? Context = null);

/// <summary>
/// An inverted index over document chunks, ranked with BM25 (Snowball-stemmed terms) and reported as a
/// cosine-like similarity through <see cref="Relevance"/>. Safe for concurrent readers and writers.
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
                    PostingsOf(term).Add(new Posting(id, count, Math.Max(1, terms.Count)));
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

    /// <summary>The best <paramref name="limit"/> chunks of documents <paramref name="include"/> accepts whose
    /// similarity reaches <paramref name="minSimilarity"/>, closest first.</summary>
    public IReadOnlyList<ChunkHit> Search(string query, int limit, Func<int, bool> include, double minSimilarity = 0) =>
        Search(new RankQuery(query), limit, include, minSimilarity);

    public IReadOnlyList<ChunkHit> Search(RankQuery query, int limit, Func<int, bool> include, double minSimilarity = 0)
    {
        var questionTerms = Tokenizer.Terms(query.Question).Distinct().ToList();
        var contextTerms = query.Context is null ? [] : Tokenizer.Terms(query.Context).Distinct().Except(questionTerms).ToList();
        if (questionTerms.Count == 0 || limit <= 0)
        {
            return [];
        }

        lock (_gate)
        {
            if (_chunks.Count == 0)
            {
                return [];
            }

            var question = Scores(questionTerms);
            var context = contextTerms.Count > 0 ? Scores(contextTerms) : null;
            try
            {
                var hits = new List<ChunkHit>();
                foreach (var chunkId in question.Touched)
                {
                    var similarity = Relevance.Similarity(question.Coverage(chunkId), questionTerms.Count);
                    if (context is not null)
                    {
                        similarity = Relevance.WithContext(similarity, Relevance.Similarity(context.Coverage(chunkId), contextTerms.Count));
                    }

                    // The cheap test first: most chunks sharing a word are far below the threshold.
                    var entry = _chunks[chunkId];
                    if (similarity >= minSimilarity && include(entry.DocumentKey))
                    {
                        hits.Add(new ChunkHit(entry.DocumentKey, entry.Ordinal, similarity));
                    }
                }

                hits.Sort(Closest);
                return hits.Count > limit ? hits.GetRange(0, limit) : hits;
            }
            finally
            {
                question.Dispose();
                context?.Dispose();
            }
        }
    }

    /// <summary>Closest first; ties in document then chunk order, so equal scores rank the same on every run.</summary>
    private static int Closest(ChunkHit a, ChunkHit b) =>
        b.Similarity.CompareTo(a.Similarity) is var bySimilarity and not 0 ? bySimilarity
        : a.DocumentKey.CompareTo(b.DocumentKey) is var byDocument and not 0 ? byDocument
        : a.Chunk.CompareTo(b.Chunk);

    /// <summary>Each matching chunk's BM25 score, and the best the terms could score: a chunk's coverage is their
    /// ratio (caller holds the lock).</summary>
    private ScoreBoard Scores(IReadOnlyList<string> terms)
    {
        var board = new ScoreBoard(_nextChunkId);
        var total = _chunks.Count;
        var averageLength = (double)_totalLength / total;
        var unseenWeight = Relevance.UnseenWordWeight * Idf(total, 0);
        foreach (var term in terms)
        {
            if (!_postings.TryGetValue(term, out var postings))
            {
                board.BestPossible += unseenWeight;
                continue;
            }

            var weight = Idf(total, postings.Count);
            board.BestPossible += weight;
            foreach (var posting in postings)
            {
                var norm = 1 - B + (B * posting.ChunkLength / averageLength);
                var saturation = posting.Count / (posting.Count + (K1 * norm));
                board.Add(posting.ChunkId, weight * saturation);
            }
        }

        return board;
    }

    private static double Idf(int chunks, int chunksWithTerm) => Math.Log(1 + ((chunks - chunksWithTerm + 0.5) / (chunksWithTerm + 0.5)));

    private List<Posting> PostingsOf(string term)
    {
        if (!_postings.TryGetValue(term, out var list))
        {
            list = [];
            _postings[term] = list;
        }

        return list;
    }

    /// <summary>A chunk holding a term: how often, and the chunk's length (read on every search of the term).</summary>
    private readonly record struct Posting(int ChunkId, int Count, int ChunkLength);

    /// <summary>
    /// Scores per chunk id in an array rented for one search (chunk ids are dense), and the ids that scored: a
    /// dictionary here was a tenth of a search request's garbage.
    /// </summary>
    private sealed class ScoreBoard : IDisposable
    {
        private readonly double[] _scores;
        private readonly List<int> _touched = [];

        public ScoreBoard(int chunkIds)
        {
            // A rented array holds whatever its last user left in it.
            _scores = System.Buffers.ArrayPool<double>.Shared.Rent(Math.Max(1, chunkIds));
            Array.Clear(_scores, 0, Math.Max(1, chunkIds));
        }

        public double BestPossible { get; set; }

        public IReadOnlyList<int> Touched => _touched;

        public void Add(int chunkId, double score)
        {
            if (_scores[chunkId] == 0)
            {
                _touched.Add(chunkId);
            }

            _scores[chunkId] += score;
        }

        public double Coverage(int chunkId) => BestPossible > 0 ? _scores[chunkId] / BestPossible : 0;

        public void Dispose() => System.Buffers.ArrayPool<double>.Shared.Return(_scores);
    }

    private sealed record ChunkEntry(int DocumentKey, int Ordinal, int Length, string[] Terms);
}

/// <summary>One ranked chunk: which document, which chunk of it, and how close it is to the query.</summary>
public readonly record struct ChunkHit(int DocumentKey, int Chunk, double Similarity)
{
    /// <summary>1 − similarity, rounded as an embedding store would report it: 0 is identical, 1 unrelated.</summary>
    public double Distance => Math.Round(1 - Similarity, 4);
}
