using System.Text;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.Search;
using Rememberizer.Contract.Fake.Seed;
using Rememberizer.Contract.Fake.VectorStores;

namespace Rememberizer.Contract.MockServer.Tests.Fake;

public sealed class VectorStoreSpaceTests
{
    private readonly MockClock _clock = new();
    private readonly VectorStoreRegistry _stores;

    public VectorStoreSpaceTests() =>
        _stores = new VectorStoreRegistry(Options.Create(new DataOptions { UploadFileLimitBytes = 100 }), _clock);

    private static UploadedFile File(string name, string text) =>
        new(name, Encoding.UTF8.GetByteCount(text), () => new MemoryStream(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void StartUpStoreIsDerivedFromTheSeed()
    {
        var again = new VectorStoreRegistry(Options.Create(new DataOptions()), _clock).Primary.Store;
        var other = new VectorStoreRegistry(Options.Create(new DataOptions { Seed = 1 }), _clock).Primary.Store;

        Assert.Equal(again.ApiKey, _stores.Primary.Store.ApiKey);
        Assert.Matches("^vs_[0-9a-f]{16}$", again.Id);
        Assert.Equal(32, again.ApiKey.Length);
        Assert.NotEqual(again.ApiKey, other.ApiKey);
        Assert.Equal(5, _stores.Primary.List().Count);
    }

    [Fact]
    public async Task NewDocumentsAreSearchableOnlyOnceIndexed()
    {
        var space = _stores.Create("Second", "For the test");
        var document = space.Add("Zebra facts", "text/plain", "Zebras have stripes.", 20);

        Assert.False(document.IsIndexed(_clock.GetUtcNow()));
        Assert.Empty(space.Search(new RankQuery("zebra stripes"), 5, 0.5, 0, 0));
        await _clock.AdvanceAsync(TimeSpan.FromSeconds(2));
        Assert.Equal(document.Id, Assert.Single(space.Search(new RankQuery("zebra stripes"), 5, 0.5, 0, 0)).Document.Id);
    }

    [Fact]
    public void UploadKeepsSupportedFilesAndListsTheRest()
    {
        var space = _stores.Create("Second", "For the test");

        var outcome = space.Upload([File("notes.md", "# Notes"), File("archive.zip", "PK"), File("big.txt", new string('x', 101))]);

        Assert.Equal(["notes.md"], outcome.Stored.Select(d => d.Name));
        Assert.Equal("text/markdown", outcome.Stored[0].MimeType);
        Assert.Equal([("archive.zip", "Unsupported file type."), ("big.txt", "File exceeds the limit of 100 bytes.")], outcome.Rejected);
    }

    [Fact]
    public void RenameAndDeleteChangeOnlyTheirDocument()
    {
        var space = _stores.Primary;
        var first = space.List()[0];

        Assert.Equal("Renamed.pdf", space.Rename(first.Id, "Renamed.pdf")!.Name);
        Assert.Equal("Renamed.pdf", space.Rename(first.Id, null)!.Name);
        Assert.True(space.Delete(first.Id));
        Assert.Null(space.Find(first.Id));
        Assert.Equal(4, space.List().Count);
    }
}
