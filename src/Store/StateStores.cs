using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Store;

/// <summary>Opens the store a <c>State:Store</c> setting names: <c>memory</c>, <c>sqlite:PATH</c> or <c>redis://HOST:PORT</c>.</summary>
public static class StateStores
{
    public const string Forms = "memory, sqlite:PATH or redis://HOST:PORT";

    /// <summary>The store, or a <see cref="StateStoreException"/> saying in one sentence what is wrong with the setting or the store.</summary>
    public static IStateStore Open(string setting)
    {
        var value = setting.Trim();
        if (value.Equals(MemoryStateStore.Name, StringComparison.OrdinalIgnoreCase))
        {
            return new MemoryStateStore();
        }

        if (value.StartsWith(SqliteStateStore.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return SqliteStateStore.OpenFile(value[SqliteStateStore.Scheme.Length..]);
        }

        if (value.StartsWith(RedisStateStore.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return RedisStateStore.Connect(value);
        }

        throw new StateStoreException($"State:Store \"{setting}\" is none of {Forms}.");
    }
}

/// <summary>A store that cannot be opened: a bad setting, a file that cannot be written, a server not reachable.</summary>
public sealed class StateStoreException(string message, Exception? inner = null) : Exception(message, inner);
