namespace Rememberizer.Contract.MockServer.Http.Prefer;

/// <summary>
/// One stored preference: for <see cref="OperationId"/> (null: every operation), and for <see cref="Times"/>
/// requests (null: until removed). Each use is a recorded change decided on the uses left, so under concurrent
/// requests, in one process or many, exactly <see cref="Times"/> of them get it.
/// </summary>
public sealed class StoredPreference(int id, string? operationId, Preferences preferences, int? times)
{
    private int _remaining = times ?? 0;

    public int Id { get; } = id;

    public string? OperationId { get; } = operationId;

    public Preferences Preferences { get; } = preferences;

    public int? Times { get; } = times;

    /// <summary>Uses left; null for an entry without a count.</summary>
    public int? Remaining => Times is null ? null : Volatile.Read(ref _remaining);

    public bool IsUsedUp => Times is not null && Volatile.Read(ref _remaining) <= 0;

    // Applied in the journal's order, one change at a time.
    internal void TakeUse() => Interlocked.Decrement(ref _remaining);
}
