using System.Collections.Concurrent;
using System.Security.Cryptography;
using Bogus;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.Seed;

namespace Rememberizer.Contract.Fake.VectorStores;

/// <summary>
/// The vector stores and their API keys. One store exists from start-up, its id and key derived from the seed so
/// a restarted mock keeps the key a developer configured. More are created through the API, with random ids and keys,
/// as recorded changes apply them (<see cref="VectorStoreChanges"/> decides them).
/// </summary>
public sealed class VectorStoreRegistry : IResettable
{
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

    /// <summary>The store that exists from start-up.</summary>
    public VectorStoreSpace Primary => _state.Primary;

    public IReadOnlyList<VectorStore> All => [.. _state.ById.Values.Select(s => s.Store).OrderBy(s => s.Created).ThenBy(s => s.Id)];

    public VectorStoreSpace? FindByKey(string apiKey) =>
        _state.IdByKey.TryGetValue(apiKey, out var id) ? _state.ById.GetValueOrDefault(id) : null;

    public VectorStoreSpace? Find(string id) => _state.ById.GetValueOrDefault(id);

    /// <summary>The id the next document added to any store gets (ids are unique across stores).</summary>
    public int NextDocumentId => Volatile.Read(ref _state.NextDocumentId) + 1;

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
                _state.IdByKey.TryRemove(space.Store.ApiKey, out _);
                _state.ById.TryRemove(space.Store.Id, out _);
            }
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
        return space;
    }

    private static DateTimeOffset DocumentTime(DateTimeOffset at) => DocumentFactory.Second(at);

    private sealed record StoreCredentials(string Id, string ApiKey);

    private sealed class State(Faker faker)
    {
        public Faker Faker { get; } = faker;

        public ConcurrentDictionary<string, VectorStoreSpace> ById { get; } = new();

        public ConcurrentDictionary<string, string> IdByKey { get; } = new(StringComparer.Ordinal);

        public VectorStoreSpace Primary { get; set; } = null!;

        public int NextDocumentId = 1233;
    }
}
