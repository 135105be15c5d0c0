namespace Rememberizer.Contract.Pact;

/// <summary>
/// Pacts fetched from a Pact Broker through its "pacts for verification" resource
/// (<c>POST /pacts/provider/{provider}/for-verification</c>): the selectors choose consumer versions, and the
/// provider's branch and tags let the broker decide which pacts are pending for this provider version.
/// </summary>
public sealed record PactBrokerSource(Uri BrokerUrl)
{
    public PactSourceAuth Auth { get; init; } = PactSourceAuth.None;

    /// <summary>No selectors lets the broker choose (the latest pact of each consumer).</summary>
    public IReadOnlyList<ConsumerVersionSelector> ConsumerVersionSelectors { get; init; } = [];

    /// <summary>Pacts the provider has never passed are verified but cannot fail the build (https://docs.pact.io/pending).</summary>
    public bool EnablePending { get; init; }

    /// <summary>Also verify work-in-progress pacts published since this date (https://docs.pact.io/wip); needs pending.</summary>
    public DateOnly? IncludeWipPactsSince { get; init; }

    /// <summary>The provider's branch: the broker reads it for pending status and matchingBranch selectors.</summary>
    public string? ProviderBranch { get; init; }

    public IReadOnlyList<string> ProviderTags { get; init; } = [];
}
