using System.Text;
using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.Integrations;
using Rememberizer.Contract.Fake.VectorStores;

namespace Rememberizer.Contract.Fake.Fixtures;

/// <summary>
/// Decides a fixture's world: ids, dates, password hashes and keys the file leaves out, and whether its names and
/// keys fit together. Refuses it, with every problem at its pointer, when a memento names a document the user does
/// not have (or two documents share the name), a knowledge names no memento, or an id, e-mail or key is given twice.
/// Documents without dates are dated a minute apart before the world's time, in the order written, so a listing
/// (newest first) shows them as the file does.
/// </summary>
public sealed class FixtureBuilder(Func<string, string> hashPassword)
{
    private const int FirstStoreDocument = 100_001;
    private const int FirstKnowledge = 1001;

    private readonly List<FixtureProblem> _problems = [];
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private int _storeDocumentsTaken;

    /// <param name="realNow">The real time now: a clock the file sets is recorded as its distance from it.</param>
    public SeededWorld Build(WorldSpec spec, DateTimeOffset realNow)
    {
        var now = spec.Clock ?? Second(realNow);
        var users = Ids(spec.Users, u => u.Id, u => JsonPointer.Append(u.Pointer, "id"), 1);
        var seededUsers = new List<SeededUser>();
        var knowledge = new List<(KnowledgeSpec Spec, SeededUser Owner, int MementoId)>();
        var stores = new List<SeededStore>();
        var storeDocumentIds = Ids(spec.Users.SelectMany(u => u.VectorStores).Concat(spec.VectorStores).SelectMany(s => s.Documents).ToList(), d => d.Id, d => JsonPointer.Append(d.Pointer, "id"), FirstStoreDocument);
        var storeIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (user, userId) in spec.Users.Zip(users))
        {
            var (seeded, mementos) = User(user, userId, now);
            seededUsers.Add(seeded);
            foreach (var published in user.Knowledge)
            {
                if (Resolve(published.Memento, mementos, "memento") is { } mementoId)
                {
                    knowledge.Add((published, seeded, mementoId));
                }
            }

            stores.AddRange(user.VectorStores.Select(s => Store(s, userId, now, storeDocumentIds, storeIds)));
        }

        stores.AddRange(spec.VectorStores.Select(s => Store(s, null, now, storeDocumentIds, storeIds)));
        var knowledgeIds = Ids(knowledge.Select(k => k.Spec).ToList(), k => k.Id, k => JsonPointer.Append(k.Pointer, "id"), FirstKnowledge);
        var seededKnowledge = knowledge.Zip(knowledgeIds).Select(pair =>
        {
            var ((published, owner, mementoId), id) = pair;
            var key = published.ApiKey ?? PublicationRegistry.NewKey();
            Claim(key, JsonPointer.Append(published.Pointer, "api_key"));
            return new SeededKnowledge(id, published.Name, published.Description ?? $"{published.Name}, shared by {owner.Name}.", owner.Id, owner.Email, mementoId, key,
                published.Created ?? now, published.IsPublic);
        }).ToList();

        if (_problems.Count > 0)
        {
            throw new FixtureRejectedException(_problems);
        }

        return new SeededWorld(spec.Generated ?? true, spec.Clock is { } clock ? clock - realNow : null, seededUsers, seededKnowledge, stores);
    }

    private (SeededUser User, IReadOnlyList<(int Id, string Name)> Mementos) User(UserSpec user, int userId, DateTimeOffset now)
    {
        var ids = new IdSequence(userId);
        var name = user.Name ?? user.Email.Split('@')[0];
        var workspace = user.Email.Split('@')[^1].Split('.')[0];
        var integrations = new Dictionary<(string Type, string Source), SeededIntegration>();
        SeededIntegration Connect(string type, string? writtenSource = null)
        {
            var (source, documentType) = type switch
            {
                IntegrationTypes.GoogleDrive => (user.Email, "drive"),
                IntegrationTypes.Gmail => (user.Email, "email"),
                IntegrationTypes.Dropbox => (user.Email, "file"),
                IntegrationTypes.Slack => (workspace, "channel"),
                IntegrationTypes.Discord => ($"{workspace}-community", "channel"),
                IntegrationTypes.CommonKnowledge => ("Rememberizer", "knowledge"),
                _ => ("Rememberizer", "text"),
            };
            source = writtenSource ?? source;
            if (!integrations.TryGetValue((type, source), out var integration))
            {
                integration = integrations[(type, source)] = new SeededIntegration(ids.NextIntegration(), type, source, documentType);
            }

            return integration;
        }

        var documentIds = Ids(user.Documents, d => d.Id, d => JsonPointer.Append(d.Pointer, "id"), ids.NextDocument);
        var documents = user.Documents.Select((document, i) => Document(document, documentIds[i], Connect(document.Integration, document.Source), now.AddMinutes(-(i + 1)))).ToList();
        Connect(IntegrationTypes.Memorize);
        var byName = documents.GroupBy(d => d.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(d => d.Id).ToList(), StringComparer.Ordinal);
        var byId = documents.Select(d => d.Id).ToHashSet();
        var mementoIds = Ids(user.Mementos, m => m.Id, m => JsonPointer.Append(m.Pointer, "id"), ids.NextMemento);
        var mementos = user.Mementos.Select((memento, i) => new SeededMemento(
            mementoIds[i],
            memento.Name,
            memento.Created ?? now,
            [.. memento.Documents.Select(d => Resolve(d, byName, byId, "document")).OfType<int>().Distinct()])).ToList();
        var mementoNames = mementos.GroupBy(m => m.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(m => m.Id).ToList(), StringComparer.Ordinal);
        // Connected before the oldest document came in, so an exported and reloaded world says the same.
        var connectedAt = documents.Count == 0 ? now : documents.Min(d => d.Created);
        var seeded = new SeededUser(userId, user.Email, name, user.PasswordHash ?? hashPassword(user.Password ?? ""), user.EmailVerified, connectedAt,
            [.. integrations.Values], documents, mementos);
        return (seeded, [.. mementos.Select(m => (m.Id, m.Name))]);

        int? Resolve(Reference reference, Dictionary<string, List<int>> names, HashSet<int> known, string what) =>
            References(reference, names, known, what, $"user {user.Email}");
    }

    private int? Resolve(Reference reference, IReadOnlyList<(int Id, string Name)> mementos, string what) =>
        References(
            reference,
            mementos.GroupBy(m => m.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(m => m.Id).ToList(), StringComparer.Ordinal),
            [.. mementos.Select(m => m.Id)],
            what,
            "its owner");

    private int? References(Reference reference, Dictionary<string, List<int>> names, HashSet<int> known, string what, string owner)
    {
        if (reference.Id is { } id)
        {
            if (known.Contains(id))
            {
                return id;
            }

            _problems.Add(new FixtureProblem(reference.Pointer, $"No {what} of {owner} has the id {id}."));
            return null;
        }

        switch (names.GetValueOrDefault(reference.Name ?? ""))
        {
            case [var only]:
                return only;
            case null or []:
                _problems.Add(new FixtureProblem(reference.Pointer, $"No {what} of {owner} is named '{reference.Name}'."));
                return null;
            default:
                _problems.Add(new FixtureProblem(reference.Pointer, $"More than one {what} of {owner} is named '{reference.Name}': name it by its id."));
                return null;
        }
    }

    private static SeededDocument Document(DocumentSpec document, int id, SeededIntegration integration, DateTimeOffset defaultTime)
    {
        IReadOnlyList<ChatMessage>? messages = document.Messages is { } written ? [.. written.Select(Message).OrderBy(m => m.At)] : null;
        var text = messages is null ? document.Text ?? "" : new Discussion(id, integration.Type, messages).Transcript();
        var modified = document.Modified ?? (messages is [.., var last] ? last.At : document.Created ?? defaultTime);
        var created = document.Created ?? (messages is [var first, ..] ? first.At : modified);
        var mimeType = document.MimeType ?? integration.Type switch
        {
            IntegrationTypes.Gmail => "message/rfc822",
            IntegrationTypes.Slack or IntegrationTypes.Discord => "text/plain",
            _ => UploadFormats.MimeTypeOf(document.Name) ?? "text/plain",
        };
        return new SeededDocument(
            id,
            integration.Id,
            document.Name,
            mimeType,
            document.Path ?? (messages is null ? $"/{document.Name}" : $"/{integration.Source}/{document.Name}"),
            document.Url,
            document.SourceId ?? $"fx_{id:x6}",
            document.Size ?? Encoding.UTF8.GetByteCount(text),
            created,
            modified,
            text,
            messages,
            document.Status switch
            {
                "indexing" => DocumentState.Indexing,
                "error" => DocumentState.Error,
                _ => DocumentState.Indexed,
            },
            document.IndexedOn ?? (document.Status is null or "indexed" ? modified : null),
            document.ErrorMessage);
    }

    private static ChatMessage Message(MessageSpec message) =>
        new(message.Time, message.User, message.Text, [.. message.Replies.Select(Message).OrderBy(m => m.At)]);

    private SeededStore Store(StoreSpec store, int? ownerId, DateTimeOffset now, IReadOnlyList<int> documentIds, HashSet<string> storeIds)
    {
        var id = store.Id ?? VectorStoreRegistry.NewCredentials().Id;
        if (!storeIds.Add(id))
        {
            _problems.Add(new FixtureProblem(JsonPointer.Append(store.Pointer, "id"), $"Another store has the id {id}."));
        }

        var created = store.Created ?? now;
        var keys = new List<StoreApiKey>();
        var keyIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in store.ApiKeys ?? [new StoreKeySpec(JsonPointer.Append(store.Pointer, "api_keys"), null, VectorStoreRegistry.DefaultKeyName, VectorStoreRegistry.NewCredentials().ApiKey, null)])
        {
            var keyId = key.Id ?? (keys.Count == 0 && !keyIds.Contains(VectorStoreRegistry.DefaultKeyId) ? VectorStoreRegistry.DefaultKeyId : VectorStoreRegistry.NewKey().Id);
            if (!keyIds.Add(keyId))
            {
                _problems.Add(new FixtureProblem(JsonPointer.Append(key.Pointer, "id"), $"Another key of this store has the id {keyId}."));
            }

            Claim(key.Key, JsonPointer.Append(key.Pointer, "key"));
            keys.Add(new StoreApiKey(keyId, key.Name, key.Key, key.Created ?? created));
        }

        // The store documents' ids were decided for all stores at once, in file order: this store's follow the previous store's.
        var first = _storeDocumentsTaken;
        _storeDocumentsTaken += store.Documents.Count;
        var documents = store.Documents.Select((document, i) => new SeededStoreDocument(
            documentIds[first + i],
            document.Name,
            document.MimeType ?? UploadFormats.MimeTypeOf(document.Name) ?? "text/plain",
            document.Text,
            document.Size ?? Encoding.UTF8.GetByteCount(document.Text),
            document.Created ?? created)).ToList();
        return new SeededStore(id, store.Name, store.Description ?? "", created, ownerId, keys, documents);
    }

    private void Claim(string key, string pointer)
    {
        if (!_keys.TryAdd(key, pointer))
        {
            _problems.Add(new FixtureProblem(pointer, $"The key is already used by {_keys[key]}: a key reaches one thing."));
        }
    }

    private List<int> Ids<T>(IReadOnlyList<T> items, Func<T, int?> given, Func<T, string> pointer, int first)
    {
        var next = first;
        return Ids(items, given, pointer, () => next++);
    }

    /// <summary>Each item's id: the one written, or the next free one; an id written twice is a problem.</summary>
    private List<int> Ids<T>(IReadOnlyList<T> items, Func<T, int?> given, Func<T, string> pointer, Func<int> next)
    {
        var taken = new Dictionary<int, T>();
        foreach (var item in items)
        {
            if (given(item) is { } id && !taken.TryAdd(id, item))
            {
                _problems.Add(new FixtureProblem(pointer(item), $"The id {id} is given twice (also at {pointer(taken[id])})."));
            }
        }

        var ids = new List<int>(items.Count);
        foreach (var item in items)
        {
            if (given(item) is { } id)
            {
                ids.Add(id);
                continue;
            }

            int candidate;
            do
            {
                candidate = next();
            }
            while (taken.ContainsKey(candidate));
            ids.Add(candidate);
        }

        return ids;
    }

    private static DateTimeOffset Second(DateTimeOffset at) => Seed.DocumentFactory.Second(at);
}
