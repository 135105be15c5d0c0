using System.Globalization;
using System.Text.Json.Nodes;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.Libraries;
using Rememberizer.Contract.Fake.VectorStores;

namespace Rememberizer.Contract.Fake.Fixtures;

/// <summary>
/// The tenant's state as a fixture file, so a state reached by hand can be saved, checked in and loaded again.
/// Everything is written out with its id and dates — generated data too — and <c>generated: false</c>, so loading
/// the export gives this world and nothing besides. Users keep their password as its hash. Not written: sessions,
/// mail and pending codes (a load signs everyone out), subscribed public knowledge, and whether a document is still
/// indexing (a loaded document is searchable at once).
/// </summary>
public sealed class FixtureExport(UserStore users, Library library, PublicationRegistry publications, VectorStoreRegistry stores, MockClock clock)
{
    public JsonObject Export()
    {
        var ownerless = stores.All.Where(s => s.OwnerId is null || users.Find(s.OwnerId.Value) is null).ToList();
        return new JsonObject
        {
            ["clock"] = Moment(clock.GetUtcNow()),
            ["generated"] = false,
            ["users"] = new JsonArray([.. users.All().Select(User)]),
            ["vector_stores"] = new JsonArray([.. ownerless.Select(Store)]),
        };
    }

    private JsonObject User(UserAccount user)
    {
        var mine = library.For(user.Id);
        var documents = mine.Documents.All().Reverse().ToList();
        var documentNames = Unique(documents.Select(d => d.Name));
        var mementos = mine.Mementos.Page(0, int.MaxValue).Items.Reverse().ToList();
        var mementoNames = Unique(mementos.Select(m => m.Name));
        return new JsonObject
        {
            ["id"] = user.Id,
            ["email"] = user.Email,
            ["password_hash"] = user.PasswordHash,
            ["name"] = user.Name,
            ["email_verified"] = user.EmailVerified,
            ["documents"] = new JsonArray([.. documents.Select(d => Document(d, mine.FindDiscussion(d.Id)))]),
            ["mementos"] = new JsonArray([.. mementos.Select(m => new JsonObject
            {
                ["id"] = m.Id,
                ["name"] = m.Name,
                ["created_time"] = Moment(m.Created),
                ["documents"] = new JsonArray([.. m.Documents.Select(d => Refer(d.Name, d.Id, documentNames))]),
            })]),
            ["common_knowledge"] = new JsonArray([.. publications.OwnedBy(user.Id)
                .Where(p => mine.Mementos.Find(p.MementoId) is not null)
                .Select(p => new JsonObject
                {
                    ["id"] = p.Id,
                    ["name"] = p.Name,
                    ["description"] = p.Description,
                    ["memento"] = Refer(mine.Mementos.Find(p.MementoId)!.Name, p.MementoId, mementoNames),
                    ["api_key"] = p.ApiKey,
                    ["public"] = p.IsPublic,
                    ["created_time"] = Moment(p.Created),
                })]),
            ["vector_stores"] = new JsonArray([.. stores.All.Where(s => s.OwnerId == user.Id).Select(Store)]),
        };
    }

    private static JsonObject Document(Document document, Discussion? discussion)
    {
        var written = new JsonObject
        {
            ["id"] = document.Id,
            ["name"] = document.Name,
            ["integration"] = document.IntegrationType,
            ["source"] = document.Source,
            ["mime_type"] = document.MimeType,
            ["path"] = document.Path,
        };
        if (document.Url is { } url)
        {
            written["url"] = url;
        }

        written["source_id"] = document.SourceId;
        written["status"] = document.State switch
        {
            DocumentState.Indexing => "indexing",
            DocumentState.Error => "error",
            _ => "indexed",
        };
        if (document.IndexedOn is { } indexedOn)
        {
            written["indexed_on"] = Moment(indexedOn);
        }

        if (document.ErrorMessage is { } error)
        {
            written["error_message"] = error;
        }

        written["size"] = document.Size;
        written["created_time"] = Moment(document.Created);
        written["modified_time"] = Moment(document.Modified);
        if (discussion is null)
        {
            written["text"] = string.Concat(document.Chunks);
        }
        else
        {
            written["messages"] = new JsonArray([.. discussion.Messages.Select(Message)]);
        }

        return written;
    }

    private static JsonObject Message(ChatMessage message)
    {
        var written = new JsonObject { ["user"] = message.Author, ["time"] = Moment(message.At), ["text"] = message.Text };
        if (message.Replies.Count > 0)
        {
            written["replies"] = new JsonArray([.. message.Replies.Select(Message)]);
        }

        return written;
    }

    private JsonObject Store(VectorStore store)
    {
        var space = stores.Find(store.Id);
        return new JsonObject
        {
            ["id"] = store.Id,
            ["name"] = store.Name,
            ["description"] = store.Description,
            ["created_time"] = Moment(store.Created),
            ["api_keys"] = new JsonArray([.. stores.KeysOf(store.Id).Select(k => new JsonObject
            {
                ["id"] = k.Id,
                ["name"] = k.Name,
                ["key"] = k.ApiKey,
                ["created_time"] = Moment(k.Created),
            })]),
            ["documents"] = new JsonArray([.. (space?.List() ?? []).Reverse().Select(d => new JsonObject
            {
                ["id"] = d.Id,
                ["name"] = d.Name,
                ["text"] = string.Concat(d.Chunks),
                ["mime_type"] = d.MimeType,
                ["size"] = d.Size,
                ["created_time"] = Moment(d.Created),
            })]),
        };
    }

    /// <summary>A document or memento by its name when no other has it, else by its id.</summary>
    private static JsonNode Refer(string name, int id, IReadOnlySet<string> unique) => unique.Contains(name) ? JsonValue.Create(name) : JsonValue.Create(id);

    private static HashSet<string> Unique(IEnumerable<string> names) =>
        [.. names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() == 1).Select(g => g.Key)];

    private static string Moment(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture);
}
