using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Seed;
using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.Libraries;

/// <summary>
/// All users' data. A user's library follows from the seed, the user id and the moment it was first generated, so
/// a library nobody changed is only cached (a bounded cache, <see cref="DataOptions.LibraryCacheSize"/>) and made
/// again, identical, when it was dropped: memory does not grow with the number of users who merely read. A
/// library someone changes is kept for good, and every change goes through <see cref="ForChange"/>, which hands
/// out that one kept instance, so no change can land in a copy that is then forgotten.
/// </summary>
public sealed class Library(IOptions<DataOptions> options, TimeProvider clock) : IResettable
{
    private readonly Lock _gate = new();
    private State _state = new(options.Value.LibraryCacheSize);

    /// <summary>The user's library for reading.</summary>
    public UserLibrary For(int userId)
    {
        var state = _state;
        if (state.Changed.TryGetValue(userId, out var kept))
        {
            return kept.Value;
        }

        if (state.Untouched.TryGetValue(userId, out Lazy<UserLibrary>? cached))
        {
            return cached!.Value;
        }

        Lazy<UserLibrary> library;
        lock (_gate)
        {
            if (state.Changed.TryGetValue(userId, out var changed))
            {
                return changed.Value;
            }

            if (!state.Untouched.TryGetValue(userId, out library!))
            {
                library = Generate(state, userId);
                state.Untouched.Set(userId, library, new MemoryCacheEntryOptions { Size = 1 });
            }
        }

        return library.Value;
    }

    /// <summary>
    /// The user's library for changing: from now on it is kept, and every writer gets this instance. Only recorded
    /// changes, as they are applied, change a library (<see cref="LibraryChanges"/>).
    /// </summary>
    internal UserLibrary ForChange(int userId)
    {
        var state = _state;
        Lazy<UserLibrary> library;
        lock (_gate)
        {
            if (!state.Changed.TryGetValue(userId, out library!))
            {
                library = state.Untouched.TryGetValue(userId, out Lazy<UserLibrary>? cached) ? cached! : Generate(state, userId);
                state.Changed[userId] = library;
                state.Untouched.Remove(userId);
            }
        }

        var writable = library.Value;
        writable.Writable = true;
        return writable;
    }

    /// <summary>Drops the user's library, changed or cached (the user was deleted).</summary>
    internal void Forget(int userId)
    {
        var state = _state;
        lock (_gate)
        {
            state.Changed.TryRemove(userId, out _);
            state.Untouched.Remove(userId);
            state.GeneratedAt.TryRemove(userId, out _);
        }
    }

    /// <summary>
    /// False while a fixture that wants only its own data is loaded: a user it does not list (one who signs up
    /// later) has an empty library instead of a generated one. Back on with a reset.
    /// </summary>
    internal bool GeneratesData
    {
        get => _state.GeneratesData;
        set => _state.GeneratesData = value;
    }

    /// <summary>Puts a library made elsewhere (a fixture's) in place of the user's, kept like a changed one.</summary>
    internal void Plant(int userId, UserLibrary planted)
    {
        var state = _state;
        planted.Writable = true;
        lock (_gate)
        {
            state.Changed[userId] = new Lazy<UserLibrary>(planted);
            state.Untouched.Remove(userId);
        }
    }

    /// <summary>How many libraries are held: kept because changed, and cached.</summary>
    public (int Changed, int Cached) Count => (_state.Changed.Count, _state.Untouched.Count);

    public void Reset()
    {
        State old;
        lock (_gate)
        {
            old = _state;
            _state = new State(options.Value.LibraryCacheSize);
        }

        old.Untouched.Dispose();
    }

    private Lazy<UserLibrary> Generate(State state, int userId)
    {
        // The first generation fixes the moment its recent data (channel messages) is dated from; later ones reuse it.
        var generatedAt = state.GeneratedAt.GetOrAdd(userId, _ => DocumentFactory.Second(clock.GetUtcNow()));
        if (!state.GeneratesData)
        {
            return new Lazy<UserLibrary>(() => UserLibrary.Empty(userId, generatedAt, options.Value.WordsPerChunk));
        }

        return new Lazy<UserLibrary>(() => UserSeeder.Seed(userId, options.Value, clock, generatedAt));
    }

    private sealed class State(int cacheSize)
    {
        public ConcurrentDictionary<int, Lazy<UserLibrary>> Changed { get; } = new();

        public MemoryCache Untouched { get; } = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, cacheSize) });

        public ConcurrentDictionary<int, DateTimeOffset> GeneratedAt { get; } = new();

        public bool GeneratesData { get; set; } = true;
    }
}
