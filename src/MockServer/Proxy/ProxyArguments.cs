using Rememberizer.Contract.MockServer.Verify;

namespace Rememberizer.Contract.MockServer.Proxy;

/// <summary>What <c>rememberizer-mock proxy</c> was asked to do, checked by <see cref="ProxyCommand"/>.</summary>
public sealed record ProxyArguments(Uri Upstream)
{
    /// <summary>Where the drift report is written when the proxy stops; none when null.</summary>
    public string? ReportFile { get; init; }

    /// <summary>Exit with 1 when any drift was seen (for CI).</summary>
    public bool FailOnDrift { get; init; }

    /// <summary>Where the exchanges are recorded as a Pact file; none when null.</summary>
    public string? RecordDirectory { get; init; }

    /// <summary>The provider the recorded pact names: the one <c>verify</c> checks by default.</summary>
    public string PactProvider { get; init; } = VerifyArguments.DefaultProvider;

    /// <summary>How long the upstream may stay silent on a request before the client gets a 504.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(100);
}
