using System.Text;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.Search;
using Rememberizer.Contract.Fake.Seed;
using Rememberizer.Contract.Fake.VectorStores;
using Rememberizer.Contract.Fake.World;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Fake;

/// <summary>Vector stores changed as the API changes them: through the recorded changes of <see cref="VectorStoreChanges"/>.</summary>
public sealed class VectorStoreSpaceTests : IAsyncLifetime
{
    private DomainWorld _world = null!;

    private VectorStoreRegistry Stores => _world.VectorStores;

    private VectorStoreChanges Changes => _world.VectorStoreChanges;

    private MockClock Clock => _world.Clock;

    public async ValueTask InitializeAsync() => _world = await FakeWorld.CreateAsync(new() { UploadFileLimitBytes = 100 });

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static UploadedFile File(string name, string text) =>
        new(name, Encoding.UTF8.GetByteCount(text), () => new MemoryStream(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void StartUpStoreIsDerivedFromTheSeed()
    {
        var again = new VectorStoreRegistry(Options.Create(new DataOptions()), TimeProvider.System).Primary!.Store;
        var other = new VectorStoreRegistry(Options.Create(new DataOptions { Seed = 1 }), TimeProvider.System).Primary!.Store;

        Assert.Equal(again.ApiKey, Stores.Primary!.Store.ApiKey);
        Assert.Matches("^vs_[0-9a-f]{16}$", again.Id);
        Assert.Equal(32, again.ApiKey.Length);
        Assert.NotEqual(again.ApiKey, other.ApiKey);
        Assert.Equal(5, Stores.Primary!.List().Count);
    }

    [Fact]
    public async Task NewDocumentsAreSearchableOnlyOnceIndexed()
    {
        var space = (await Changes.CreateStoreAsync("Second", "For the test"))!;
        var document = (await Changes.AddDocumentAsync(space.Store.Id, "Zebra facts", "text/plain", "Zebras have stripes.", 20))!;

        Assert.False(document.IsIndexed(Clock.GetUtcNow()));
        Assert.Empty(space.Search(new RankQuery("zebra stripes"), 5, 0.5, 0, 0));
        await Clock.AdvanceAsync(TimeSpan.FromSeconds(2));
        Assert.Equal(document.Id, Assert.Single(space.Search(new RankQuery("zebra stripes"), 5, 0.5, 0, 0)).Document.Id);
    }

    [Fact]
    public async Task UploadKeepsSupportedFilesAndListsTheRest()
    {
        var space = (await Changes.CreateStoreAsync("Second", "For the test"))!;

        var outcome = (await Changes.UploadAsync(space.Store.Id, [File("notes.md", "# Notes"), File("archive.zip", "PK"), File("big.txt", new string('x', 101))]))!;

        Assert.Equal(["notes.md"], outcome.Stored.Select(d => d.Name));
        Assert.Equal("text/markdown", outcome.Stored[0].MimeType);
        Assert.Equal([("archive.zip", "Unsupported file type."), ("big.txt", "File exceeds the limit of 100 bytes.")], outcome.Rejected);
    }

    [Fact]
    public async Task RenameAndDeleteChangeOnlyTheirDocument()
    {
        var space = Stores.Primary!;
        var first = space.List()[0];

        Assert.Equal("Renamed.pdf", (await Changes.RenameDocumentAsync(space.Store.Id, first.Id, "Renamed.pdf"))!.Name);
        Assert.Equal("Renamed.pdf", (await Changes.RenameDocumentAsync(space.Store.Id, first.Id, null))!.Name);
        Assert.True(await Changes.DeleteDocumentAsync(space.Store.Id, first.Id));
        Assert.False(await Changes.DeleteDocumentAsync(space.Store.Id, first.Id));
        Assert.Null(space.Find(first.Id));
        Assert.Equal(4, space.List().Count);
    }
}
