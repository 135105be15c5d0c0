namespace Rememberizer.Contract.Fake.Documents;

/// <summary>The text of a run of chunks and where the next run starts.</summary>
public sealed record ChunkRange(string Content, int End)
{
    /// <summary>At most this many chunks per call; wider ranges are cut, not refused.</summary>
    public const int MaxChunks = 20;

    /// <summary>Chunks <paramref name="start"/> up to (not including) <paramref name="end"/>, at most 20; past the last
    /// chunk the content is empty and the end equals the start. The caller rejects an end below the start.</summary>
    public static ChunkRange Read(IReadOnlyList<string> chunks, int start, int? end)
    {
        var wanted = (int)Math.Min((long)start + MaxChunks, end ?? (long)start + MaxChunks);
        if (start >= chunks.Count)
        {
            return new ChunkRange("", start);
        }

        var stop = Math.Min(chunks.Count, wanted);
        return new ChunkRange(string.Concat(chunks.Skip(start).Take(stop - start)), stop);
    }
}
