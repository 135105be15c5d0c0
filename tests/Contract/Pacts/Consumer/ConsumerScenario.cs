using Rememberizer.Contract.Pact;

namespace Rememberizer.Contract.Tests.Pacts.Consumer;

/// <summary>
/// One consumer expectation: the interaction it adds to the pact, and the call the web app makes through the
/// generated client, which must succeed against the Pact mock server.
/// </summary>
public sealed record ConsumerScenario(
    string Description,
    Action<RequestBuilder> Define,
    Func<ConsumerApi, CancellationToken, Task> Exercise)
{
    public override string ToString() => Description;
}
