namespace Rememberizer.Contract.Pact;

/// <summary>The provider did not honour the pact; the message carries the verifier's readable output.</summary>
public sealed class PactVerificationException : PactException
{
    internal PactVerificationException(VerificationResult result)
        : base(BuildMessage(result))
    {
        Result = result;
    }

    public VerificationResult Result { get; }

    private static string BuildMessage(VerificationResult result) =>
        $"{result.Summary}{Environment.NewLine}{Environment.NewLine}{result.Output.Trim()}";
}
