namespace Rememberizer.Contract.Pact;

/// <summary>
/// Publishing verification results back to the Pact Broker the pacts came from, so that <c>can-i-deploy</c> can
/// answer. pact_ffi publishes for broker sources only; files and plain URLs are never published.
/// </summary>
public sealed record VerificationPublishOptions(string ProviderVersion)
{
    /// <summary>The provider's branch, recorded on the provider version before the results.</summary>
    public string? ProviderBranch { get; init; }

    public IReadOnlyList<string> ProviderTags { get; init; } = [];

    /// <summary>A link to the CI build, shown by the broker beside the result.</summary>
    public Uri? BuildUrl { get; init; }
}
