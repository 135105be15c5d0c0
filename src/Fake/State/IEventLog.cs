namespace Rememberizer.Contract.Fake.State;

/// <summary>An event as the store keeps it: its place in the tenant's log and its serialized form.</summary>
public sealed record StoredEvent(long Sequence, string Json);

/// <summary>
/// One tenant's ordered log of changes, kept by the state store. Appending is conditional: it succeeds only when
/// nothing was appended since <c>afterSequence</c>, so a decision taken on state that another instance has since
/// changed is never recorded; the caller catches up and decides again.
/// </summary>
public interface IEventLog
{
    /// <summary>False for the in-memory store: nothing is written, and there is nothing to catch up with.</summary>
    bool IsDurable { get; }

    /// <summary>The events after <paramref name="sequence"/>, in order.</summary>
    Task<IReadOnlyList<StoredEvent>> ReadAfterAsync(long sequence, CancellationToken cancel);

    /// <summary>The sequence of the last event in the log (0 when empty): a cheap check for news.</summary>
    Task<long> LastSequenceAsync(CancellationToken cancel);

    /// <summary>
    /// The sequence <see cref="LastSequenceAsync"/> would answer, when the log can vouch for it without asking the
    /// store (it knows of every change answered so far); false when only asking can tell.
    /// </summary>
    bool TryLastSequenceAtOnce(out long sequence)
    {
        sequence = 0;
        return false;
    }

    /// <summary>Appends the events as <c>afterSequence + 1 …</c>; false, appending nothing, when the log has moved on.</summary>
    Task<bool> TryAppendAsync(long afterSequence, IReadOnlyList<string> events);

    /// <summary>
    /// Drops the events before <paramref name="sequence"/> (a reset's, which undoes them all). Sequences do not move:
    /// the last stays the last, and reading after an earlier sequence starts at the first event kept.
    /// </summary>
    Task DiscardBeforeAsync(long sequence, CancellationToken cancel);
}

/// <summary>Where the tenants' logs live: chosen once at start-up (memory, a SQLite file, Redis).</summary>
public interface IStateStore
{
    /// <summary>How the store is named in the configuration and <c>/_mock/config</c> (<c>memory</c>, <c>sqlite:…</c>).</summary>
    string Description { get; }

    /// <summary>
    /// False for the in-memory store. True when the logs are written where other processes (or this one, after a
    /// restart) read them, so a request catches up with its tenant's log before it reads.
    /// </summary>
    bool IsDurable { get; }

    IEventLog Open(string tenant);
}
