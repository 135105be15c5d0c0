using Rememberizer.Contract.MockServer.Fake;
using Rememberizer.Contract.MockServer.Fake.Clock;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary>
/// Drops every piece of the fake's state back to the seed and rewinds the clock, then plants what exists from
/// start-up (which needs the rest in place first).
/// </summary>
public sealed class StateReset(IEnumerable<IResettable> state, IEnumerable<IStartupSeed> seeds, MockClock clock)
{
    public void ResetAll()
    {
        foreach (var part in state)
        {
            part.Reset();
        }

        clock.Reset();
        SeedAll();
    }

    /// <summary>Plants the start-up state; called once when the mock starts and after every reset.</summary>
    public void SeedAll()
    {
        foreach (var seed in seeds)
        {
            seed.Seed();
        }
    }
}
