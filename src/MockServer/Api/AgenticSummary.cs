using System.Globalization;
using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Generated.Server;

namespace Rememberizer.Contract.MockServer.Api;

/// <summary>
/// What the agent of an agentic search says besides the chunks: a one-sentence <c>result</c>, the searches it ran
/// (<c>metadata.iterations</c>; the mock runs one, the question as asked) and a <c>message</c>. Without matches the
/// sentence says nothing matched, the form the common-knowledge MCP servers answer with guidance.
/// </summary>
public static class AgenticSummary
{
    public const string Completed = "Agentic search completed.";

    public static string Result(string query, IReadOnlyList<SearchMatch> matches)
    {
        if (matches.Count == 0)
        {
            return $"Nothing in the knowledge matched \"{query}\".";
        }

        var documents = matches.Select(m => m.Document.Name).Distinct(StringComparer.Ordinal).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"Found {Count(matches.Count, "passage")} in {Count(documents.Count, "document")} for \"{query}\": {string.Join(", ", documents)}.");
    }

    public static AgenticSearchMetadata Metadata(string query, IReadOnlyList<SearchMatch> matches) => new()
    {
        Iterations = [new AgenticSearchIteration { Iteration = 1, Query = query, Matched_chunks = matches.Count }],
    };

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
