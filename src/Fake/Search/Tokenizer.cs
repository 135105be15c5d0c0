using Lucene.Net.Tartarus.Snowball.Ext;

namespace Rememberizer.Contract.Fake.Search;

/// <summary>
/// Turns text into index terms: lower-cased words and numbers, stop words dropped, each word reduced to its
/// Snowball (Porter2) English stem, so "integrate", "integration" and "integrating" meet as one term.
/// </summary>
public static class Tokenizer
{
    // Snowball stemmers keep state between calls; one per thread keeps tokenizing lock-free.
    [ThreadStatic]
    private static EnglishStemmer? _stemmer;

    public static IEnumerable<string> Terms(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i].ToLowerInvariant();
                start = -1;
                if (word.Length > 1 && !StopWords.Contains(word))
                {
                    yield return Stem(word);
                }
            }
        }
    }

    public static string Stem(string word)
    {
        var stemmer = _stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}

/// <summary>English function words that carry no topic; a query made only of them matches nothing.</summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "all", "am", "an", "and", "any", "are", "as", "at", "be", "because",
        "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing",
        "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
        "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most",
        "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over",
        "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
        "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "us", "very", "was", "we",
        "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
