using Rememberizer.Contract.Pact;

namespace Rememberizer.Contract.MockServer.Verify;

/// <summary>What <c>rememberizer-mock verify</c> was asked to do, checked and typed by <see cref="VerifyCommand"/>.</summary>
public sealed record VerifyArguments
{
    public const string DefaultProvider = "rememberizer-api";

    public IReadOnlyList<string> PactFiles { get; init; } = [];

    public IReadOnlyList<string> PactDirectories { get; init; } = [];

    public IReadOnlyList<Uri> PactUrls { get; init; } = [];

    /// <summary>Credentials for <see cref="PactUrls"/>; a broker source carries its own.</summary>
    public PactSourceAuth UrlAuth { get; init; } = PactSourceAuth.None;

    public PactBrokerSource? Broker { get; init; }

    public VerificationPublishOptions? Publish { get; init; }

    /// <summary>Only these consumers' pacts; empty verifies every consumer's.</summary>
    public IReadOnlyList<string> Consumers { get; init; } = [];

    public string ProviderName { get; init; } = DefaultProvider;

    public string ProviderVersion { get; init; } = "unversioned";

    /// <summary>A running provider (the real API) instead of the mock in this process.</summary>
    public Uri? ProviderBaseUrl { get; init; }

    /// <summary>The existing account whose session is injected when <see cref="ProviderBaseUrl"/> is set.</summary>
    public RealApiAccount? Account { get; init; }

    /// <summary>Where to write the verifier's JSON report, if anywhere.</summary>
    public string? JsonReport { get; init; }

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
