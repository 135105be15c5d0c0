using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake;

/// <summary>
/// Drops every piece of the tenant's state back to the seed and rewinds the clock (a recorded change, so every
/// process sharing the tenant's log resets too), then plants what exists from start-up (which needs the rest in
/// place first), then discards from the log what came before the reset. Planting is idempotent: each seed adds
/// only what is missing.
/// </summary>
public sealed class StateReset
{
    // Two resets at once would each plant the start-up state after the other's wipe: one at a time.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly StateJournal _journal;
    private readonly IEnumerable<IStartupSeed> _seeds;
    private readonly IEnumerable<IOutlivesReset> _kept;

    public StateReset(
        IEnumerable<IResettable> state,
        IEnumerable<IChangeApplier> appliers,
        IEnumerable<IStartupSeed> seeds,
        IEnumerable<IOutlivesReset> kept,
        MockClock clock,
        StateJournal journal)
    {
        // Injecting the appliers made them (the container builds every one of an IEnumerable), so each has
        // registered with the journal before any change is replayed.
        _journal = journal;
        _seeds = seeds;
        _kept = kept;
        journal.On<StateWasReset>(_ =>
        {
            foreach (var part in state)
            {
                part.Reset();
            }

            clock.Reset();
        });
    }

    public async Task ResetAllAsync()
    {
        await _gate.WaitAsync();
        try
        {
            var reset = await _journal.RecordResetAsync(() => [new StateWasReset(), .. _kept.SelectMany(part => part.Restate())]);
            await PlantSeedsAsync();
            await _journal.DiscardBeforeAsync(reset);
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
            await _journal.CatchUpAsync();
            await PlantSeedsAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task PlantSeedsAsync()
    {
        foreach (var seed in _seeds)
        {
            await seed.SeedAsync();
        }
    }
}
