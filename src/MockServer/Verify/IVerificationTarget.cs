using Rememberizer.Contract.Pact;

namespace Rememberizer.Contract.MockServer.Verify;

/// <summary>The provider a verification runs against, and what it adds to the verifier to make that possible.</summary>
public interface IVerificationTarget : IAsyncDisposable
{
    /// <summary>Where the pacts' paths are resolved (they start with <c>/api/v1</c>).</summary>
    Uri ProviderRoot { get; }

    /// <summary>One phrase for the report, e.g. "the mock in this process at http://127.0.0.1:41234".</summary>
    string Description { get; }

    void Prepare(PactVerifier verifier);
}
