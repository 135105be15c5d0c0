using System.Text;
using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.Fake.Integrations;
using Rememberizer.Contract.Fake.Mementos;
using Rememberizer.Contract.Fake.Search;

namespace Rememberizer.Contract.Fake.Documents;

/// <summary>Everything one user has: integrations, documents, channels, mementos and subscriptions.</summary>
public sealed class UserLibrary(
    DocumentShelf documents,
    MementoBook mementos,
    IReadOnlyList<Integration> integrations,
    IReadOnlyDictionary<int, Discussion> discussions,
    IReadOnlyList<Subscription> subscriptions,
    IdSequence ids,
    TimeProvider clock,
    int wordsPerChunk)
{
    public DocumentShelf Documents { get; } = documents;

    public MementoBook Mementos { get; } = mementos;

    public IReadOnlyList<Subscription> Subscriptions { get; } = subscriptions;

    public Discussion? FindDiscussion(int documentId) => discussions.GetValueOrDefault(documentId);

    /// <summary>Stores text as a <c>memorize</c> document, indexed at once so the next search finds it.</summary>
    public Document Memorize(string name, string content)
    {
        var memorize = integrations.First(i => i.Type == IntegrationTypes.Memorize);
        var now = clock.GetUtcNow();
        var id = ids.NextDocument();
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
            Chunks = TextChunker.Split(content, wordsPerChunk),
        };
        Documents.Add(document);
        return document;
    }

    /// <summary>The integrations with statistics computed from the documents as they are now (those
    /// <paramref name="visible"/> accepts, when given).</summary>
    public IReadOnlyList<(Integration Integration, IntegrationStats Stats)> IntegrationsWithStats(Func<int, bool>? visible = null)
    {
        var byIntegration = Documents.All().Where(d => visible is null || visible(d.Id)).ToLookup(d => d.IntegrationId);
        return [.. integrations.Select(i =>
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
