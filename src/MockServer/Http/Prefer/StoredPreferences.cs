using Rememberizer.Contract.Fake;

namespace Rememberizer.Contract.MockServer.Http.Prefer;

/// <summary>
/// Preferences set through the control API instead of a header: for one operation or for every one, for good or
/// for a number of requests. Reads take a snapshot (an array replaced whole on every change), so a request never
/// locks, and <see cref="IsEmpty"/>, all the request path asks when nothing is stored, is one volatile read.
/// </summary>
public sealed class StoredPreferences : IResettable
{
    private readonly Lock _gate = new();
    private StoredPreference[] _entries = []; // newest first
    private int _lastId;

    public bool IsEmpty => Volatile.Read(ref _entries).Length == 0;

    /// <summary>Every entry that can still apply, newest first.</summary>
    public IReadOnlyList<StoredPreference> All => [.. Volatile.Read(ref _entries).Where(e => !e.IsUsedUp)];

    public StoredPreference Add(string? operationId, Preferences preferences, int? times)
    {
        lock (_gate)
        {
            var entry = new StoredPreference(++_lastId, operationId, preferences, times);
            Volatile.Write(ref _entries, [entry, .. _entries]);
            return entry;
        }
    }

    /// <summary>
    /// The entries that may apply to an operation, in the order they take precedence: the operation's own, newest
    /// first, then the global ones, newest first.
    /// </summary>
    public IEnumerable<StoredPreference> For(string operationId)
    {
        var snapshot = Volatile.Read(ref _entries);
        foreach (var entry in snapshot)
        {
            if (entry.OperationId == operationId)
            {
                yield return entry;
            }
        }

        foreach (var entry in snapshot)
        {
            if (entry.OperationId is null)
            {
                yield return entry;
            }
        }
    }

    /// <summary>
    /// Takes one use of an entry for a request; false when another request took the last one first. An entry whose
    /// last use this was leaves the store.
    /// </summary>
    public bool TryUse(StoredPreference entry)
    {
        if (!entry.TryTakeUse())
        {
            return false;
        }

        if (entry.IsUsedUp)
        {
            Remove(e => ReferenceEquals(e, entry));
        }

        return true;
    }

    /// <summary>Removes every entry, or only the entries of one operation.</summary>
    public void Clear(string? operationId = null) => Remove(e => operationId is null || e.OperationId == operationId);

    public void Reset()
    {
        lock (_gate)
        {
            Volatile.Write(ref _entries, []);
            _lastId = 0;
        }
    }

    private void Remove(Func<StoredPreference, bool> match)
    {
        lock (_gate)
        {
            Volatile.Write(ref _entries, [.. _entries.Where(e => !match(e))]);
        }
    }
}
