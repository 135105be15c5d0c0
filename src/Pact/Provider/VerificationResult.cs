namespace Rememberizer.Contract.Pact;

/// <summary>The outcome of a provider verification (FFI verifier or CLI).</summary>
public sealed class VerificationResult
{
    internal VerificationResult(int exitCode, string summary, string output, string json, string logs)
    {
        ExitCode = exitCode;
        Summary = summary;
        Output = output;
        Json = json;
        Logs = logs;
    }

    /// <summary>0 when every interaction passed.</summary>
    public int ExitCode { get; }

    public bool Success => ExitCode == 0;

    /// <summary>One sentence on the outcome.</summary>
    public string Summary { get; }

    /// <summary>The verifier's readable report, without ANSI colours.</summary>
    public string Output { get; }

    /// <summary>The raw JSON report (keys such as <c>result</c>, <c>errors</c>, <c>output</c>).</summary>
    public string Json { get; }

    /// <summary>
    /// The verifier's log lines, when pact_ffi captured them. pact_ffi files them under the provider's name, so
    /// verifiers of the same provider running at once in one process may each get the other's, or none.
    /// </summary>
    public string Logs { get; }

    /// <summary>Throws <see cref="PactVerificationException"/> with the readable output unless verification passed.</summary>
    public VerificationResult EnsureSuccess() => Success ? this : throw new PactVerificationException(this);

    public override string ToString() => $"{Summary}{Environment.NewLine}{Output}";
}
