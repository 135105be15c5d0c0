using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.VectorStores;

/// <summary>
/// Every change to vector stores — a store made, a document added, uploaded, renamed or deleted, the stores of a
/// deleted user removed — decided through the tenant's <see cref="StateJournal"/>, so it survives a restart and
/// reaches every process sharing the tenant.
/// </summary>
public sealed class VectorStoreChanges
{
    private readonly VectorStoreRegistry _stores;
    private readonly UserStore _users;
    private readonly StateJournal _journal;
    private readonly MockClock _clock;

    public VectorStoreChanges(VectorStoreRegistry stores, UserStore users, StateJournal journal, MockClock clock)
    {
        _stores = stores;
        _users = users;
        _journal = journal;
        _clock = clock;
    }

    internal void Apply(VectorStoreChange change)
    {
        switch (change)
        {
            case VectorStoreCreated c:
                _stores.Create(c.Id, c.ApiKey, c.Name, c.Description, c.At, c.Settings, c.OwnerId);
                break;
            case VectorStoreDocumentAdded a:
                _stores.ClaimDocumentId(a.DocumentId);
                _stores.Find(a.StoreId)?.Add(a.DocumentId, a.Name, a.MimeType, a.Text, a.Size, a.At);
                break;
            case VectorStoreDocumentRenamed r:
                _stores.Find(r.StoreId)?.Rename(r.DocumentId, r.Name, r.At);
                break;
            case VectorStoreDocumentDeleted d:
                _stores.Find(d.StoreId)?.Delete(d.DocumentId);
                break;
            case VectorStoreKeyCreated k:
                _stores.AddKey(k.StoreId, new StoreApiKey(k.KeyId, k.Name, k.ApiKey, k.At));
                break;
            case VectorStoreKeyRevoked r:
                _stores.RevokeKey(r.StoreId, r.KeyId);
                break;
        }
    }

    /// <summary>Gives a store another named key; its other keys keep working. Null when there is no such store.</summary>
    public async Task<StoreApiKey?> CreateKeyAsync(string storeId, string name)
    {
        var (keyId, apiKey) = VectorStoreRegistry.NewKey();
        var key = new StoreApiKey(keyId, name, apiKey, _clock.GetUtcNow());
        var made = await _journal.DecideAsync(() => _stores.Find(storeId) is null
            ? Decision<bool>.Refuse(false)
            : Decision<bool>.Change(true, new VectorStoreKeyCreated(storeId, key.Id, key.Name, key.ApiKey, key.Created)));
        return made ? key : null;
    }

    /// <summary>Revokes one key of a store: it stops working at once, the others do not. False when there is none.</summary>
    public Task<bool> RevokeKeyAsync(string storeId, string keyId) => _journal.DecideAsync(() =>
        _stores.KeysOf(storeId).Any(k => k.Id == keyId)
            ? Decision<bool>.Change(true, new VectorStoreKeyRevoked(storeId, keyId))
            : Decision<bool>.Refuse(false));

    /// <summary>
    /// Makes a store. Null when its owner is gone (deleted meanwhile, perhaps by another process): no store outlives
    /// its owner.
    /// </summary>
    public async Task<VectorStoreSpace?> CreateStoreAsync(string name, string description, VectorStoreSettings? settings = null, int? ownerId = null)
    {
        var (id, apiKey) = VectorStoreRegistry.NewCredentials();
        var made = await _journal.DecideAsync(() => ownerId is { } owner && _users.Find(owner) is null
            ? Decision<bool>.Refuse(false)
            : Decision<bool>.Change(true, new VectorStoreCreated(id, name, description, apiKey, _clock.GetUtcNow(), settings ?? VectorStoreChoices.Default, ownerId)));
        return made ? _stores.Find(id) : null;
    }

    /// <summary>Adds a document; it is searchable once the indexing delay has passed. Null when the store is gone.</summary>
    public async Task<VectorStoreDocument?> AddDocumentAsync(string storeId, string name, string mimeType, string text, int size) =>
        (await AddAsync(storeId, [(name, mimeType, text, size)]))?.SingleOrDefault();

    /// <summary>Stores the supported files within the size limit; says why each other one was refused.</summary>
    public async Task<UploadOutcome?> UploadAsync(string storeId, IReadOnlyList<UploadedFile> files)
    {
        if (_stores.Find(storeId) is not { } space)
        {
            return null;
        }

        var (accepted, rejected) = space.Read(files);
        var stored = await AddAsync(storeId, accepted);
        return stored is null ? null : new UploadOutcome(stored, rejected);
    }

    public async Task<VectorStoreDocument?> RenameDocumentAsync(string storeId, int documentId, string? name)
    {
        if (name is null)
        {
            return _stores.Find(storeId)?.Find(documentId);
        }

        var found = await _journal.DecideAsync(() => _stores.Find(storeId)?.Find(documentId) is null
            ? Decision<bool>.Refuse(false)
            : Decision<bool>.Change(true, new VectorStoreDocumentRenamed(storeId, documentId, name, _clock.GetUtcNow())));
        return found ? _stores.Find(storeId)?.Find(documentId) : null;
    }

    public Task<bool> DeleteDocumentAsync(string storeId, int documentId) => _journal.DecideAsync(() =>
        _stores.Find(storeId)?.Find(documentId) is null
            ? Decision<bool>.Refuse(false)
            : Decision<bool>.Change(true, new VectorStoreDocumentDeleted(storeId, documentId)));

    private async Task<IReadOnlyList<VectorStoreDocument>?> AddAsync(string storeId, IReadOnlyList<(string Name, string MimeType, string Text, int Size)> files)
    {
        var ids = await _journal.DecideAsync(() =>
        {
            if (_stores.Find(storeId) is null)
            {
                return Decision<IReadOnlyList<int>?>.Refuse(null);
            }

            var first = _stores.NextDocumentId;
            var now = _clock.GetUtcNow();
            var added = files.Select((file, i) => new VectorStoreDocumentAdded(storeId, first + i, file.Name, file.MimeType, file.Text, file.Size, now)).ToList();
            return added.Count == 0
                ? Decision<IReadOnlyList<int>?>.Refuse([])
                : Decision<IReadOnlyList<int>?>.Change([.. added.Select(a => a.DocumentId)], [.. added]);
        });
        return ids is null ? null : [.. ids.Select(id => _stores.Find(storeId)?.Find(id)).OfType<VectorStoreDocument>()];
    }
}
