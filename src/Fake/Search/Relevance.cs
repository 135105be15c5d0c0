namespace Rememberizer.Contract.Fake.Search;

/// <summary>
/// Turns a lexical match into the similarity an embedding store would report, so clients written against the
/// real API see familiar numbers: 1 − <see cref="ChunkHit.Distance"/> is a cosine-like similarity in 0..1 where a
/// chunk on the question's subject lands above the documented default threshold (0.7) and an unrelated one well
/// below it. Coverage is the chunk's BM25 score as a share of the best the question could score.
/// </summary>
public static class Relevance
{
    /// <summary>
    /// How much a question word the index has never seen counts against every chunk, as a share of the weight a
    /// word found in no chunk would have. Natural questions carry such words (a product's name, "tomorrow"); at
    /// full weight they would sink every match, at none a question about pasta would match on "system" alone.
    /// </summary>
    public const double UnseenWordWeight = 0.7;

    /// <summary>
    /// How much a chunk that also mentions the words of an agentic search's <c>user_context</c> closes the gap to
    /// a perfect match. Context steers the ranking among matches of the question; it never makes a match.
    /// </summary>
    public const double ContextPull = 0.2;

    /// <summary>
    /// The user-level searches have no threshold parameter; chunks less similar than this are left out, so an
    /// unrelated question finds few chunks or none, as with a real embedding store.
    /// </summary>
    public const double DocumentSearchThreshold = 0.6;

    /// <summary>The vector-store search's documented default threshold (<c>t</c>).</summary>
    public const double VectorStoreDefaultThreshold = 0.7;

    /// <summary>Even a chunk repeating every word of the question is a paraphrase at best, never identical.</summary>
    public const double Ceiling = 0.95;

    /// <summary>
    /// A question whose distinctive words each appear once in a chunk covers about three quarters of its best
    /// score, which lands near 0.82 (distance 0.18); a chunk sharing a third of the weight lands near 0.55,
    /// below both thresholds: close to how sentence embeddings spread related and loosely related text.
    /// </summary>
    public static double Similarity(double coverage, int questionWords) =>
        Ceiling * Brevity(questionWords) * Math.Sqrt(Math.Clamp(coverage, 0, 1));

    /// <summary>
    /// A question of one or two distinctive words says little, and an embedding places it only loosely near any
    /// passage: "budget" is related to the budget report, not close to it. Without this, one rare word shared
    /// with a chunk ("What is the refund policy?" against a policy paragraph) would look like a close match.
    /// </summary>
    public static double Brevity(int questionWords) => questionWords switch
    {
        <= 1 => 0.9,
        2 => 0.95,
        _ => 1.0,
    };

    /// <summary>The similarity after the context's words had their say.</summary>
    public static double WithContext(double question, double context) =>
        question <= 0 ? 0 : question + (ContextPull * context * (1 - question));
}
