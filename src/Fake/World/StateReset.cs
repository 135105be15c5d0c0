using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.World;

/// <summary>
/// Drops every piece of the tenant's state back to the seed and rewinds the clock (a recorded change, so every
/// process sharing the tenant's log resets too), then plants what exists from start-up (which needs the rest in
/// place first), then discards from the log what came before the reset. Planting is idempotent: each seed adds
/// only what is missing.
/// </summary>
public sealed class StateReset(StateJournal journal, IReadOnlyList<IStartupSeed> seeds, IReadOnlyList<IOutlivesReset> kept)
{
    // Two resets at once would each plant the start-up state after the other's wipe: one at a time.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task ResetAllAsync()
    {
        await _gate.WaitAsync();
        try
        {
            var reset = await journal.RecordResetAsync(() => [new StateWasReset(), .. kept.SelectMany(part => part.Restate())]);
            await PlantSeedsAsync();
            await journal.DiscardBeforeAsync(reset);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Catches up with the recorded state, then plants what start-up needs; called when the tenant is made.</summary>
    public async Task SeedAllAsync()
    {
        await _gate.WaitAsync();
        try
        {
            await journal.CatchUpAsync();
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
