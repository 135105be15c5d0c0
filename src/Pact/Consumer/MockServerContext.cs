namespace Rememberizer.Contract.Pact;

/// <summary>What the body of <see cref="PactBuilder.VerifyAsync"/> needs to call the mock server.</summary>
public sealed class MockServerContext(Uri mockServerUri)
{
    /// <summary>The base address of the running mock server, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri MockServerUri { get; } = mockServerUri;
}
