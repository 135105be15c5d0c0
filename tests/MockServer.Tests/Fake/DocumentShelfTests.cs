using Rememberizer.Contract.Fake.Documents;

namespace Rememberizer.Contract.MockServer.Tests.Fake;

/// <summary>
/// Documents go into the search index after <see cref="DocumentShelf.Add"/> returns, on another thread; a search
/// still finds every document added before it began, whether or not that indexing has run.
/// </summary>
public sealed class DocumentShelfTests
{
    private static readonly DateTimeOffset Epoch = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ASearchRightAfterAnAddFindsTheDocument()
    {
        for (var round = 0; round < 200; round++)
        {
            var shelf = new DocumentShelf();
            shelf.Add(Text(1, "The quarterly roadmap puts search first."));

            var matches = shelf.Search(Query("roadmap"));

            Assert.Equal(1, Assert.Single(matches).Document.Id);
        }
    }

    [Fact]
    public void ADocumentStillIndexingIsNotSearchableAndOnesAddedTogetherAllAre()
    {
        var shelf = new DocumentShelf();
        shelf.AddRange([Text(1, "Budget review notes for the platform team."), Text(2, "Platform budget, second draft.")]);
        shelf.Add(Text(3, "Platform budget still being read.") with { State = DocumentState.Indexing });

        var matches = shelf.Search(Query("platform budget"));

        Assert.Equal([1, 2], matches.Select(m => m.Document.Id).Order());
        Assert.Equal(3, shelf.All().Count);
    }

    [Fact]
    public async Task UnderConcurrentAddsEverySearchFindsEveryDocumentAddedBeforeItBegan()
    {
        var shelf = new DocumentShelf();
        var added = 0;
        var writers = Enumerable.Range(0, 2).Select(writer => Task.Run(() =>
        {
            for (var i = 0; i < 300; i++)
            {
                shelf.Add(Text((writer * 1000) + i + 1, $"Shared term orchid, entry {i} of writer {writer}."));
                Interlocked.Increment(ref added);
            }
        }, TestContext.Current.CancellationToken)).ToList();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var shortfalls = 0;
            while (Volatile.Read(ref added) < 600)
            {
                var before = Volatile.Read(ref added);
                var found = shelf.Search(Query("orchid", limit: 1000)).Count;
                shortfalls += found < before ? 1 : 0;
            }

            return shortfalls;
        }, TestContext.Current.CancellationToken)).ToList();

        await Task.WhenAll(writers);
        var shortfalls = await Task.WhenAll(readers);

        Assert.All(shortfalls, s => Assert.Equal(0, s));
        Assert.Equal(600, shelf.Search(Query("orchid", limit: 1000)).Count);
    }

    private static SearchQuery Query(string text, int limit = 10) => new(text, limit, null, null, 0, 0);

    private static Document Text(int id, string text) => new()
    {
        Id = id,
        SourceId = $"doc-{id}",
        Name = $"Document {id}",
        MimeType = "text/plain",
        Path = $"/doc-{id}.txt",
        IntegrationId = 1,
        IntegrationType = "memorize",
        Source = "memorize",
        Size = text.Length,
        Created = Epoch.AddMinutes(id),
        Modified = Epoch.AddMinutes(id),
        Chunks = [text],
    };
}
