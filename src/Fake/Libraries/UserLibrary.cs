using System.Text;
using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.Integrations;
using Rememberizer.Contract.Fake.Mementos;
using Rememberizer.Contract.Fake.Search;

namespace Rememberizer.Contract.Fake.Libraries;

/// <summary>Everything one user has: integrations, documents, channels, mementos and subscriptions.</summary>
public sealed class UserLibrary
{
    private readonly IReadOnlyList<Integration> _integrations;
    private readonly IReadOnlyDictionary<int, Discussion> _discussions;
    private readonly int _wordsPerChunk;

    public UserLibrary(
        DocumentShelf documents,
        MementoBook mementos,
        IReadOnlyList<Integration> integrations,
        IReadOnlyDictionary<int, Discussion> discussions,
        IReadOnlyList<Subscription> subscriptions,
        IdSequence ids,
        int wordsPerChunk)
    {
        Documents = documents;
        Mementos = mementos;
        Subscriptions = subscriptions;
        Ids = ids;
        _integrations = integrations;
        _discussions = discussions;
        _wordsPerChunk = wordsPerChunk;
        mementos.BeforeChange = EnsureWritable;
    }

    /// <summary>A library with nothing in it yet: only the memorize integration, which applications store text through.</summary>
    public static UserLibrary Empty(int userId, DateTimeOffset connectedAt, int wordsPerChunk)
    {
        var ids = new IdSequence(userId);
        var shelf = new DocumentShelf();
        var memorize = new Integration(ids.NextIntegration(), IntegrationTypes.Memorize, "Rememberizer", "text", connectedAt, TokenValid: true);
        return new UserLibrary(shelf, new MementoBook(shelf), [memorize], new Dictionary<int, Discussion>(), [], ids, wordsPerChunk);
    }

    public DocumentShelf Documents { get; }

    public MementoBook Mementos { get; }

    public IReadOnlyList<Subscription> Subscriptions { get; }

    /// <summary>Where the library's next ids come from; a change peeks at them to decide and claims them to apply.</summary>
    internal IdSequence Ids { get; }

    public Discussion? FindDiscussion(int documentId) => _discussions.GetValueOrDefault(documentId);

    /// <summary>
    /// Set by <see cref="Library.ForChange"/> on the one instance that is kept. A change to any other instance (one
    /// only cached, which may be dropped) would be lost, so it throws instead.
    /// </summary>
    internal bool Writable { get; set; }

    internal void EnsureWritable()
    {
        if (!Writable)
        {
            throw new InvalidOperationException("A user's library is changed through Library.ForChange, so the change is kept.");
        }
    }

    /// <summary>
    /// Stores text as a <c>memorize</c> document, indexed at once so the next search finds it; with the id and moment
    /// a recorded change decided (see <see cref="LibraryChanges"/>).
    /// </summary>
    internal Document Memorize(int id, string name, string content, DateTimeOffset now)
    {
        EnsureWritable();
        Ids.ClaimDocument(id);
        var memorize = _integrations.First(i => i.Type == IntegrationTypes.Memorize);
        var document = new Document
        {
            Id = id,
            SourceId = $"mem_{id:x6}",
            Name = name,
            MimeType = "text/plain",
            Path = name,
            Url = null,
            IntegrationId = memorize.Id,
            IntegrationType = memorize.Type,
            Source = memorize.Source,
            IndexedOn = now,
            Size = Encoding.UTF8.GetByteCount(content),
            Created = now,
            Modified = now,
            Chunks = TextChunker.Split(content, _wordsPerChunk),
        };
        Documents.Add(document);
        return document;
    }

    /// <summary>The integrations with statistics computed from the documents as they are now (those
    /// <paramref name="visible"/> accepts, when given).</summary>
    public IReadOnlyList<(Integration Integration, IntegrationStats Stats)> IntegrationsWithStats(Func<int, bool>? visible = null)
    {
        var byIntegration = Documents.All().Where(d => visible is null || visible(d.Id)).ToLookup(d => d.IntegrationId);
        return [.. _integrations.Select(i =>
        {
            var docs = byIntegration[i.Id].ToList();
            return (i, new IntegrationStats(
                docs.Count(d => d.State == DocumentState.Indexed),
                docs.Count(d => d.State == DocumentState.Indexing),
                docs.Count(d => d.State == DocumentState.Error),
                docs.Sum(d => d.Size),
                docs.Count));
        })];
    }
}
