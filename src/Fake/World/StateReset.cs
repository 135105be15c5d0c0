using Rememberizer.Contract.Fake.Fixtures;
using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.World;

/// <summary>
/// Drops every piece of the tenant's state back to the seed and rewinds the clock (a recorded change, so every
/// process sharing the tenant's log resets too), then plants what exists from start-up (which needs the rest in
/// place first), then discards from the log what came before the reset. Planting is idempotent: each seed adds
/// only what is missing. A loaded fixture outlives a reset: the reset loads it again, and a fixture is loaded the
/// same way, as the reset's own record, so every process sees the whole new world at once or not at all.
/// </summary>
public sealed class StateReset(
    StateJournal journal,
    IReadOnlyList<IStartupSeed> seeds,
    IReadOnlyList<IOutlivesReset> kept,
    LoadedFixture? fixture = null,
    StartupFixture? startup = null)
{
    // Two resets at once would each plant the start-up state after the other's wipe: one at a time.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public Task ResetAllAsync() => ReplaceAsync(() => fixture?.Restate() ?? []);

    /// <summary>Replaces the tenant's state with the fixture's world (<see cref="FixtureSource.Decide"/>).</summary>
    public Task LoadAsync(FixtureLoaded loaded) => ReplaceAsync(() => [loaded]);

    private async Task ReplaceAsync(Func<IEnumerable<StateEvent>> world)
    {
        await _gate.WaitAsync();
        try
        {
            await ReplaceLockedAsync(world);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task ReplaceLockedAsync(Func<IEnumerable<StateEvent>> world, Func<bool>? needless = null)
    {
        var reset = await journal.RecordResetAsync(() => [new StateWasReset(), .. kept.SelectMany(part => part.Restate()), .. world()], needless);
        await PlantSeedsAsync();
        if (reset is { } sequence)
        {
            await journal.DiscardBeforeAsync(sequence);
        }
    }

    /// <summary>
    /// Catches up with the recorded state, then plants what start-up needs; called when the tenant is made. With a
    /// start-up fixture, loads it unless the recorded state was loaded from the same file and scenario (a restart on
    /// a durable store, or another mock sharing it, keeps what was done since).
    /// </summary>
    public async Task SeedAllAsync()
    {
        await _gate.WaitAsync();
        try
        {
            await journal.CatchUpAsync();
            if (startup is not null && fixture is not null)
            {
                // Decided with the journal's decision, not before it: of several mocks starting at once on one
                // store, the first loads the file and the others, finding it loaded, keep what was done since.
                await ReplaceLockedAsync(() => [startup.Decide()], needless: () => fixture.Current?.Digest == startup.Source.Digest);
                return;
            }

            await PlantSeedsAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task PlantSeedsAsync()
    {
        foreach (var seed in seeds)
        {
            await seed.SeedAsync();
        }
    }
}
