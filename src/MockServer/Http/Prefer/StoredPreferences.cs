using Microsoft.Extensions.Primitives;
using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.MockServer.Http.Prefer;

/// <summary>
/// Preferences set through the control API instead of a header: for one operation or for every one, for good or
/// for a number of requests. Storing, using and clearing them are recorded changes of the tenant, so every mock
/// sharing a state store applies the same ones, and counted uses are exact across them. Reads take a snapshot (an
/// array replaced whole on every change), so a request never locks, and <see cref="IsEmpty"/>, all the request path
/// asks when nothing is stored, is one volatile read.
/// </summary>
public sealed class StoredPreferences : IResettable
{
    private readonly Lock _gate = new();
    private readonly StateJournal _journal;
    private StoredPreference[] _entries = []; // newest first
    private int _lastId;

    public StoredPreferences(StateJournal journal) => _journal = journal;

    public bool IsEmpty => Volatile.Read(ref _entries).Length == 0;

    /// <summary>Every entry that can still apply, newest first.</summary>
    public IReadOnlyList<StoredPreference> All => [.. Volatile.Read(ref _entries).Where(e => !e.IsUsedUp)];

    /// <summary>Stores <paramref name="prefer"/> (a <c>Prefer</c> value already judged valid, parsed as <paramref name="preferences"/>).</summary>
    public async Task<StoredPreference> AddAsync(string? operationId, string prefer, Preferences preferences, int? times)
    {
        var id = await _journal.DecideAsync(() =>
        {
            var next = Volatile.Read(ref _lastId) + 1;
            return Decision<int>.Change(next, new PreferenceStored(next, operationId, prefer, times));
        });

        // The entry as stored (a request may use it, or another process clear it, before it is described).
        return new StoredPreference(id, operationId, preferences, times);
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
    /// Takes one use of an entry for a request; false when other requests (perhaps on other mocks) took the last
    /// ones first. An entry whose last use this was leaves the store. An entry without a count costs no decision.
    /// </summary>
    public ValueTask<bool> TryUseAsync(StoredPreference entry)
    {
        if (entry.Times is null)
        {
            return ValueTask.FromResult(true);
        }

        return new ValueTask<bool>(_journal.DecideAsync(() => IsGone(entry) || entry.IsUsedUp
            ? Decision<bool>.Refuse(false)
            : Decision<bool>.Change(true, new PreferenceUsed(entry.Id))));
    }

    /// <summary>Removes every entry, or only the entries of one operation.</summary>
    public Task ClearAsync(string? operationId = null) => _journal.RecordAsync(new PreferencesCleared(operationId));

    public void Reset()
    {
        lock (_gate)
        {
            Volatile.Write(ref _entries, []);
            _lastId = 0;
        }
    }

    /// <summary>Applies the changes of stored preferences; the tenant's world hands this to its journal.</summary>
    public bool Apply(StateEvent change)
    {
        switch (change)
        {
            case PreferenceStored stored:
                Apply(stored);
                return true;
            case PreferenceUsed used:
                Apply(used.Id);
                return true;
            case PreferencesCleared cleared:
                Remove(e => cleared.OperationId is null || e.OperationId == cleared.OperationId);
                return true;
            default:
                return false;
        }
    }

    private void Apply(PreferenceStored stored)
    {
        // Judged when it was stored; a value this version cannot read any more is dropped rather than applied wrong.
        Preferences.TryParse(new StringValues(stored.Prefer), out var preferences, out _);
        lock (_gate)
        {
            _lastId = Math.Max(_lastId, stored.Id);
            if (!preferences.IsEmpty)
            {
                Volatile.Write(ref _entries, [new StoredPreference(stored.Id, stored.OperationId, preferences, stored.Times), .. _entries]);
            }
        }
    }

    private void Apply(int usedId)
    {
        if (Array.Find(Volatile.Read(ref _entries), e => e.Id == usedId) is not { } entry)
        {
            return;
        }

        entry.TakeUse();
        if (entry.IsUsedUp)
        {
            Remove(e => ReferenceEquals(e, entry));
        }
    }

    private bool IsGone(StoredPreference entry) => Array.IndexOf(Volatile.Read(ref _entries), entry) < 0;

    private void Remove(Func<StoredPreference, bool> match)
    {
        lock (_gate)
        {
            Volatile.Write(ref _entries, [.. _entries.Where(e => !match(e))]);
        }
    }
}
