namespace Rememberizer.Contract.Fake.Search;

/// <summary>
/// Splits text into chunks of a fixed number of words. Each chunk is the exact substring, whitespace included, so
/// the chunks concatenated give back the original text (document contents are served chunk by chunk).
/// </summary>
public static class TextChunker
{
    public const int DefaultWordsPerChunk = 100;

    public static IReadOnlyList<string> Split(string text, int wordsPerChunk = DefaultWordsPerChunk)
    {
        var chunks = new List<string>();
        var chunkStart = 0;
        var words = 0;
        var previousWasSpace = true;
        for (var i = 0; i < text.Length; i++)
        {
            var isSpace = char.IsWhiteSpace(text[i]);
            if (!isSpace && previousWasSpace)
            {
                if (words == wordsPerChunk)
                {
                    chunks.Add(text[chunkStart..i]);
                    chunkStart = i;
                    words = 0;
                }

                words++;
            }

            previousWasSpace = isSpace;
        }

        if (words > 0)
        {
            chunks.Add(text[chunkStart..]);
        }

        return chunks;
    }

    /// <summary>A chunk joined with up to <paramref name="before"/> and <paramref name="after"/> neighbours, without
    /// the whitespace at either end. Built in one allocation: search answers carry several of these.</summary>
    public static string Window(IReadOnlyList<string> chunks, int index, int before, int after)
    {
        var first = Math.Max(0, index - before);
        var last = Math.Min(chunks.Count - 1, index + after);
        var text = new List<ReadOnlyMemory<char>>(last - first + 1);
        for (var i = first; i <= last; i++)
        {
            text.Add(chunks[i].AsMemory());
        }

        // Chunks start at a word and keep the whitespace after it: trim the ends before copying, not after.
        text[0] = text[0].TrimStart();
        text[^1] = text[^1].TrimEnd();
        return string.Create(text.Sum(t => t.Length), text, static (span, parts) =>
        {
            foreach (var part in parts)
            {
                part.Span.CopyTo(span);
                span = span[part.Length..];
            }
        });
    }
}
