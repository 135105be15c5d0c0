namespace Rememberizer.Contract.Fake.VectorStores;

/// <summary>Names for documents created without one.</summary>
public static class DocumentNames
{
    public const int MaxLength = 60;

    /// <summary>The first words of the text, cut at a word boundary with an ellipsis when longer than 60 characters.</summary>
    public static string FromText(string text)
    {
        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (words.Length == 0)
        {
            return "Untitled document";
        }

        if (words.Length <= MaxLength)
        {
            return words;
        }

        var cut = words.LastIndexOf(' ', MaxLength - 1);
        return string.Concat(words.AsSpan(0, cut > 0 ? cut : MaxLength - 1), "…");
    }
}
