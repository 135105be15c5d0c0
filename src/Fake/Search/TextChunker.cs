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

    /// <summary>A chunk joined with up to <paramref name="before"/> and <paramref name="after"/> neighbours.</summary>
    public static string Window(IReadOnlyList<string> chunks, int index, int before, int after)
    {
        var first = Math.Max(0, index - before);
        var last = Math.Min(chunks.Count - 1, index + after);
        return string.Concat(chunks.Skip(first).Take(last - first + 1)).Trim();
    }
}
