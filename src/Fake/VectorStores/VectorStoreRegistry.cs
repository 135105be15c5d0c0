using System.Collections.Concurrent;
using System.Security.Cryptography;
using Bogus;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.Seed;
using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.VectorStores;

/// <summary>
/// The vector stores and their API keys. One store exists from start-up, its id and key derived from the seed so
/// a restarted mock keeps the key a developer configured. More are created through the API, with random ids and keys,
/// and a store gets more named keys, or loses one, as recorded changes apply them (<see cref="VectorStoreChanges"/>
/// decides them).
/// </summary>
public sealed class VectorStoreRegistry : IResettable
{
    public const string DefaultKeyId = "default";
    public const string DefaultKeyName = "Default";
    private const string KeyAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private readonly DataOptions _options;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private State _state;

    public VectorStoreRegistry(IOptions<DataOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        _state = Start();
    }

    /// <summary>
    /// The store that exists from start-up: the generated one, or a fixture's first store when the fixture wants
    /// only its own data; none when such a fixture has no store.
    /// </summary>
    public VectorStoreSpace? Primary => _state.Primary;

    public IReadOnlyList<VectorStore> All => [.. _state.ById.Values.Select(s => s.Store).OrderBy(s => s.Created).ThenBy(s => s.Id)];

    public VectorStoreSpace? FindByKey(string apiKey) =>
        _state.IdByKey.TryGetValue(apiKey, out var id) ? _state.ById.GetValueOrDefault(id) : null;

    public VectorStoreSpace? Find(string id) => _state.ById.GetValueOrDefault(id);

    /// <summary>A store's live keys, oldest first (the one it was made with, "Default", unless revoked); empty for no store.</summary>
    public IReadOnlyList<StoreApiKey> KeysOf(string storeId) => _state.Keys.GetValueOrDefault(storeId) ?? [];

    /// <summary>The store's first key that works: its Default key until that is revoked; null once every key is.</summary>
    public string? WorkingKeyOf(string storeId) => KeysOf(storeId).FirstOrDefault()?.ApiKey;

    /// <summary>The id the next document added to any store gets (ids are unique across stores).</summary>
    public int NextDocumentId => Volatile.Read(ref _state.NextDocumentId) + 1;

    /// <summary>A new named key: random id and secret.</summary>
    internal static (string Id, string ApiKey) NewKey() =>
        ("vsk_" + RandomNumberGenerator.GetHexString(12, lowercase: true), RandomNumberGenerator.GetString(KeyAlphabet, 32));

    internal void AddKey(string storeId, StoreApiKey key)
    {
        lock (_gate)
        {
            if (_state.ById.ContainsKey(storeId))
            {
                _state.Keys[storeId] = [.. KeysOf(storeId), key];
                _state.IdByKey[key.ApiKey] = storeId;
            }
        }
    }

    internal void RevokeKey(string storeId, string keyId)
    {
        lock (_gate)
        {
            if (KeysOf(storeId).FirstOrDefault(k => k.Id == keyId) is { } key)
            {
                _state.Keys[storeId] = [.. KeysOf(storeId).Where(k => k.Id != keyId)];
                _state.IdByKey.TryRemove(key.ApiKey, out _);
            }
        }
    }

    /// <summary>A new store's id and key: random, unlike the start-up store's, so a key held from before a reset never reaches a new store.</summary>
    internal static (string Id, string ApiKey) NewCredentials() =>
        ("vs_" + RandomNumberGenerator.GetHexString(16, lowercase: true), RandomNumberGenerator.GetString(KeyAlphabet, 32));

    internal VectorStoreSpace Create(string id, string apiKey, string name, string description, DateTimeOffset at, VectorStoreSettings settings, int? ownerId)
    {
        lock (_gate)
        {
            return Register(_state, new StoreCredentials(id, apiKey), name, description, DocumentTime(at), settings, ownerId);
        }
    }

    /// <summary>Removes the stores a user made (the start-up store has no owner): their keys stop working.</summary>
    internal void RemoveOwnedBy(int ownerId)
    {
        lock (_gate)
        {
            foreach (var space in _state.ById.Values.Where(s => s.Store.OwnerId == ownerId).ToList())
            {
                foreach (var key in KeysOf(space.Store.Id))
                {
                    _state.IdByKey.TryRemove(key.ApiKey, out _);
                }

                _state.Keys.TryRemove(space.Store.Id, out _);
                _state.ById.TryRemove(space.Store.Id, out _);
            }
        }
    }

    /// <summary>A fixture's store, with its own keys (the first is the store's own) and documents searchable at once.</summary>
    internal VectorStoreSpace Plant(
        string id, string name, string description, DateTimeOffset created, int? ownerId, IReadOnlyList<StoreApiKey> keys,
        IEnumerable<(int Id, string Name, string MimeType, string Text, int Size, DateTimeOffset Created)> documents)
    {
        VectorStoreSpace space;
        lock (_gate)
        {
            space = Register(_state, new StoreCredentials(id, keys[0].ApiKey), name, description, created, VectorStoreChoices.Default, ownerId);
            _state.Keys[id] = keys;
            foreach (var key in keys)
            {
                _state.IdByKey[key.ApiKey] = id;
            }
        }

        foreach (var document in documents)
        {
            ClaimDocumentId(document.Id);
            space.AddIndexed(document.Id, document.Name, document.MimeType, document.Text, document.Size, document.Created);
        }

        return space;
    }

    /// <summary>Makes <paramref name="storeId"/> the start-up store (none for null), dropping the generated one.</summary>
    internal void ReplacePrimary(string? storeId)
    {
        lock (_gate)
        {
            if (_state.Primary is { } generated)
            {
                foreach (var key in KeysOf(generated.Store.Id))
                {
                    _state.IdByKey.TryRemove(key.ApiKey, out _);
                }

                _state.Keys.TryRemove(generated.Store.Id, out _);
                _state.ById.TryRemove(generated.Store.Id, out _);
            }

            _state.Primary = storeId is null ? null : _state.ById.GetValueOrDefault(storeId);
        }
    }

    /// <summary>Takes a document id decided earlier (perhaps by another process): later ids come after it.</summary>
    internal void ClaimDocumentId(int id) => IdSequence.RaiseTo(ref _state.NextDocumentId, id);

    public void Reset()
    {
        lock (_gate)
        {
            _state = Start();
        }
    }

    private State Start()
    {
        var state = new State(SeededFaker.For(_options.Seed, "vector-store"));
        var credentials = new StoreCredentials("vs_" + state.Faker.Random.Hexadecimal(16, ""), state.Faker.Random.String2(32, KeyAlphabet));
        var primary = Register(state, credentials, "Product Documentation", "Manuals and guides of our products.", _options.Epoch.AddDays(-30), VectorStoreChoices.Default, null);
        state.Primary = primary;
        VectorStoreSeeder.Fill(primary, state.Faker, _options.Epoch);
        return state;
    }

    private VectorStoreSpace Register(State state, StoreCredentials credentials, string name, string description, DateTimeOffset created, VectorStoreSettings settings, int? ownerId)
    {
        var store = new VectorStore(credentials.Id, name, description, credentials.ApiKey, created, created)
        {
            EmbeddingModel = settings.EmbeddingModel,
            IndexingAlgorithm = settings.IndexingAlgorithm,
            VectorDimension = settings.VectorDimension,
            SearchMetric = settings.SearchMetric,
            OwnerId = ownerId,
        };
        var space = new VectorStoreSpace(store, _clock, _options, () => Interlocked.Increment(ref state.NextDocumentId));
        state.ById[store.Id] = space;
        state.IdByKey[store.ApiKey] = store.Id;
        state.Keys[store.Id] = [new StoreApiKey(DefaultKeyId, DefaultKeyName, store.ApiKey, created)];
        return space;
    }

    private static DateTimeOffset DocumentTime(DateTimeOffset at) => DocumentFactory.Second(at);

    private sealed record StoreCredentials(string Id, string ApiKey);

    private sealed class State(Faker faker)
    {
        public Faker Faker { get; } = faker;

        public ConcurrentDictionary<string, VectorStoreSpace> ById { get; } = new();

        public ConcurrentDictionary<string, string> IdByKey { get; } = new(StringComparer.Ordinal);

        /// <summary>Each store's live keys; a list is replaced whole, never changed, so readers need no lock.</summary>
        public ConcurrentDictionary<string, IReadOnlyList<StoreApiKey>> Keys { get; } = new();

        public VectorStoreSpace? Primary { get; set; }

        public int NextDocumentId = 1233;
    }
}
