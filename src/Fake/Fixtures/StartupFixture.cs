namespace Rememberizer.Contract.Fake.Fixtures;

/// <summary>
/// The fixture the mock was started with (<c>--fixtures FILE --scenario NAME</c>): every tenant starts from its
/// world instead of the seed's. Read and checked once, when the mock starts.
/// </summary>
public sealed class StartupFixture(FixtureSource source, Func<string, string> hashPassword, TimeProvider realTime)
{
    public FixtureSource Source { get; } = source;

    public FixtureLoaded Decide() => Source.Decide(hashPassword, realTime.GetUtcNow());
}
