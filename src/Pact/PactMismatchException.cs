namespace Rememberizer.Contract.Pact;

/// <summary>
/// The consumer test did not use the mock server exactly as declared, so no pact file was written.
/// </summary>
public sealed class PactMismatchException : PactException
{
    internal PactMismatchException(string message, IReadOnlyList<PactMismatch> mismatches, Exception? testFailure)
        : base(message, testFailure)
    {
        Mismatches = mismatches;
    }

    /// <summary>What the mock server reported: unexpected, missing and mismatched requests.</summary>
    public IReadOnlyList<PactMismatch> Mismatches { get; }
}
