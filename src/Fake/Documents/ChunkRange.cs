namespace Rememberizer.Contract.Fake.Documents;

/// <summary>The text of a run of chunks and the index of the last one.</summary>
public sealed record ChunkRange(string Content, int End)
{
    /// <summary>At most this many chunks per call; wider ranges are cut, not refused.</summary>
    public const int MaxChunks = 20;

    /// <summary>
    /// Chunks <paramref name="start"/> through <paramref name="end"/> (inclusive), at most 20. <see cref="End"/> is the
    /// index of the last chunk returned, so a reader continues at <c>End + 1</c>; past the last chunk the content is
    /// empty and the end is <c>start - 1</c>, below the start, which is where such readers stop. The caller rejects
    /// an end below the start.
    /// </summary>
    public static ChunkRange Read(IReadOnlyList<string> chunks, int start, int? end)
    {
        var (first, last) = Window(chunks.Count, start, end);
        return new ChunkRange(string.Concat(chunks.Skip(first).Take(last - first + 1)), last);
    }

    /// <summary>The indexes a read of <paramref name="count"/> items covers: empty (last below first) past the end.</summary>
    public static (int First, int Last) Window(int count, int start, int? end)
    {
        var wanted = (int)Math.Min((long)start + MaxChunks - 1, end ?? (long)start + MaxChunks - 1);
        return start >= count ? (start, start - 1) : (start, Math.Min(count - 1, wanted));
    }
}
