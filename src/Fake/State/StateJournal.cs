namespace Rememberizer.Contract.Fake.State;

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
/// across every process sharing the log. With the in-memory store nothing is written or read back.
/// </summary>
public sealed class StateJournal(IEventLog log)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Type, List<Action<StateEvent>>> _appliers = [];
    private long _applied;

    /// <summary>True when the log is kept by a store another process may also write (SQLite, Redis).</summary>
    public bool IsDurable => log.IsDurable;

    /// <summary>Registers how a kind of change is applied; each part of the state registers its own.</summary>
    public void On<TEvent>(Action<TEvent> apply)
        where TEvent : StateEvent
    {
        lock (_gate)
        {
            if (!_appliers.TryGetValue(typeof(TEvent), out var list))
            {
                _appliers[typeof(TEvent)] = list = [];
            }

            list.Add(change => apply((TEvent)change));
        }
    }

    /// <summary>
    /// Decides and records. <paramref name="decide"/> reads the state and must change nothing itself; it may run
    /// more than once when another process recorded changes meanwhile.
    /// </summary>
    public T Decide<T>(Func<Decision<T>> decide)
    {
        lock (_gate)
        {
            while (true)
            {
                var decision = decide();
                if (decision.Changes.Count == 0)
                {
                    return decision.Result;
                }

                if (!log.IsDurable || log.TryAppend(_applied, [.. decision.Changes.Select(StateEvent.Serialize)]))
                {
                    foreach (var change in decision.Changes)
                    {
                        Apply(change);
                    }

                    Volatile.Write(ref _applied, _applied + decision.Changes.Count);
                    return decision.Result;
                }

                CatchUpLocked();
            }
        }
    }

    /// <summary>Records changes that need no decision (nothing can refuse them).</summary>
    public void Record(params StateEvent[] changes) => Decide(() => Decision<bool>.Change(true, changes));

    /// <summary>Applies what other processes recorded; a request calls this first, so it reads its own writes.</summary>
    public async ValueTask CatchUpAsync(CancellationToken cancel)
    {
        if (!log.IsDurable || await log.LastSequenceAsync(cancel) <= Volatile.Read(ref _applied))
        {
            return;
        }

        CatchUp();
    }

    public void CatchUp()
    {
        if (!log.IsDurable)
        {
            return;
        }

        lock (_gate)
        {
            CatchUpLocked();
        }
    }

    private void CatchUpLocked()
    {
        foreach (var stored in log.ReadAfter(_applied))
        {
            Apply(StateEvent.Deserialize(stored.Json));
            Volatile.Write(ref _applied, stored.Sequence);
        }
    }

    private void Apply(StateEvent change)
    {
        if (!_appliers.TryGetValue(change.GetType(), out var appliers))
        {
            throw new InvalidOperationException($"No part of the state applies {change.GetType().Name}.");
        }

        foreach (var apply in appliers)
        {
            apply(change);
        }
    }
}
