using Rememberizer.Contract.Fake;
using Rememberizer.Contract.Fake.Clock;

namespace Rememberizer.Contract.Fake;

/// <summary>
/// Drops every piece of the fake's state back to the seed and rewinds the clock, then plants what exists from
/// start-up (which needs the rest in place first).
/// </summary>
public sealed class StateReset(IEnumerable<IResettable> state, IEnumerable<IStartupSeed> seeds, MockClock clock)
{
    // Two resets at once would each plant the start-up state after the other's wipe: one at a time.
    private readonly Lock _gate = new();

    public void ResetAll()
    {
        lock (_gate)
        {
            foreach (var part in state)
            {
                part.Reset();
            }

            clock.Reset();
            PlantSeeds();
        }
    }

    /// <summary>Plants the start-up state; called once when the mock starts (and by every reset).</summary>
    public void SeedAll()
    {
        lock (_gate)
        {
            PlantSeeds();
        }
    }

    private void PlantSeeds()
    {
        foreach (var seed in seeds)
        {
            seed.Seed();
        }
    }
}
