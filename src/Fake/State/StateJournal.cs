namespace Rememberizer.Contract.Fake.State;

/// <summary>Applies a recorded change to the part of the state it belongs to; false when it belongs elsewhere.</summary>
public delegate bool ApplyChange(StateEvent change);

/// <summary>What a decision came to: its result for the caller, and the changes to record (none for a refusal).</summary>
public readonly record struct Decision<T>(T Result, IReadOnlyList<StateEvent> Changes)
{
    public static Decision<T> Refuse(T result) => new(result, []);

    public static Decision<T> Change(T result, params StateEvent[] changes) => new(result, changes);
}

/// <summary>
/// One tenant's state changes, in order. Every change the fake makes is decided on the state as it is, expressed as
/// <see cref="StateEvent"/>s, recorded in the store's <see cref="IEventLog"/> only if nothing was recorded since the
/// state it was decided on (else the journal catches up and decides again), then applied in memory. So reads stay in
/// memory, and decisions that must be exact (a unique e-mail, one winner among refreshes, an attempt limit) are exact
/// across every process sharing the log. With the in-memory store nothing is written or read back, and a decision
/// completes synchronously.
/// </summary>
public sealed class StateJournal(IEventLog log, ChangeNames names)
{
    // One decision at a time per tenant; waiting for the store never blocks a thread.
    private readonly SemaphoreSlim _gate = new(1, 1);

    // Every request asks the store for its last sequence; requests arriving together share one read.
    private readonly SharedRead<long> _last = new(log.LastSequenceAsync);
    private ApplyChange[]? _appliers;
    private long _applied;

    /// <summary>
    /// Hands the journal what applies the tenant's changes, once, where the tenant's world is composed and before
    /// any change is decided or replayed. Each applier answers whether the change was its own.
    /// </summary>
    public void Start(params IReadOnlyList<ApplyChange> appliers)
    {
        if (Interlocked.CompareExchange(ref _appliers, [.. appliers], null) is not null)
        {
            throw new InvalidOperationException("The journal was already handed its appliers.");
        }
    }

    /// <summary>
    /// Decides and records. <paramref name="decide"/> reads the state and must change nothing itself; it may run
    /// more than once when another process recorded changes meanwhile.
    /// </summary>
    public Task<T> DecideAsync<T>(Func<Decision<T>> decide)
    {
        if (log.IsDurable)
        {
            return DecideDurablyAsync(decide);
        }

        _gate.Wait();
        try
        {
            var decision = decide();
            ApplyAll(decision.Changes);
            return Task.FromResult(decision.Result);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Records changes that need no decision (nothing can refuse them).</summary>
    public Task RecordAsync(params StateEvent[] changes) => DecideAsync(() => Decision<bool>.Change(true, changes));

    /// <summary>
    /// Records a reset: <paramref name="changes"/> starts with it and restates what outlives it. Answers the reset's
    /// sequence, before which everything may be discarded (<see cref="DiscardBeforeAsync"/>), or null when
    /// <paramref name="needless"/> held of the state as it was when the reset was decided (after catching up with
    /// what other processes recorded), and nothing was recorded.
    /// </summary>
    public async Task<long?> RecordResetAsync(Func<IReadOnlyList<StateEvent>> changes, Func<bool>? needless = null)
    {
        long first = 0;
        var recorded = await DecideAsync(() =>
        {
            if (needless?.Invoke() == true)
            {
                return Decision<bool>.Refuse(false);
            }

            // Decided under the gate: the changes are appended right after what is applied now.
            first = Volatile.Read(ref _applied) + 1;
            return Decision<bool>.Change(true, [.. changes()]);
        });
        return recorded ? first : null;
    }

    /// <summary>
    /// Discards from the log what a reset undid, so the log does not grow across resets and a start replays only what
    /// followed the last one. Only an economy: when the store fails it, the log stays longer and nothing else changes.
    /// </summary>
    public async Task DiscardBeforeAsync(long resetSequence)
    {
        if (!log.IsDurable)
        {
            return;
        }

        try
        {
            await log.DiscardBeforeAsync(resetSequence, CancellationToken.None);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            // The next reset discards this one's share too.
        }
    }

    /// <summary>Applies what other processes recorded; a request calls this first, so it reads its own writes.</summary>
    public async ValueTask CatchUpAsync(CancellationToken cancel = default)
    {
        if (!log.IsDurable)
        {
            return;
        }

        var last = log.TryLastSequenceAtOnce(out var known) ? known : await _last.ReadAsync();
        if (last <= Volatile.Read(ref _applied))
        {
            return;
        }

        await _gate.WaitAsync(cancel);
        try
        {
            await CatchUpLockedAsync(cancel);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<T> DecideDurablyAsync<T>(Func<Decision<T>> decide)
    {
        await _gate.WaitAsync();
        try
        {
            while (true)
            {
                var decision = decide();
                if (decision.Changes.Count == 0)
                {
                    return decision.Result;
                }

                if (await log.TryAppendAsync(_applied, [.. decision.Changes.Select(names.Serialize)]))
                {
                    ApplyAll(decision.Changes);
                    return decision.Result;
                }

                await CatchUpLockedAsync(CancellationToken.None);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CatchUpLockedAsync(CancellationToken cancel)
    {
        foreach (var stored in await log.ReadAfterAsync(_applied, cancel))
        {
            Apply(names.Deserialize(stored.Json));
            Volatile.Write(ref _applied, stored.Sequence);
        }
    }

    private void ApplyAll(IReadOnlyList<StateEvent> changes)
    {
        foreach (var change in changes)
        {
            Apply(change);
        }

        Volatile.Write(ref _applied, _applied + changes.Count);
    }

    private void Apply(StateEvent change)
    {
        var appliers = Volatile.Read(ref _appliers) ?? throw new InvalidOperationException("The journal applies changes once it is handed its appliers.");
        var applied = false;
        foreach (var apply in appliers)
        {
            applied |= apply(change);
        }

        if (!applied)
        {
            throw new InvalidOperationException($"No part of the state applies {change.GetType().Name}.");
        }
    }
}
