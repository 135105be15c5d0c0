using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.Mementos;
using Rememberizer.Contract.Fake.Seed;

namespace Rememberizer.Contract.MockServer.Tests.Fake;

public sealed class MementoBookTests
{
    private readonly UserLibrary _library = Writable(UserSeeder.Seed(1, new DataOptions { Seed = 5 }, new MockClock(), DateTimeOffset.UnixEpoch));

    private static UserLibrary Writable(UserLibrary library)
    {
        library.Writable = true;
        return library;
    }

    private static MementoDocumentChange Change(string[]? add = null, string[]? folders = null, string[]? remove = null) =>
        new(add ?? [], folders ?? [], remove ?? []);

    [Fact]
    public void AddingAndRemovingDocumentsIsReflectedOnRead()
    {
        var ids = _library.Documents.All().Take(3).Select(d => d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var memento = _library.Mementos.Create("Reading list");

        _library.Mementos.Change(memento.Id, Change(add: ids));
        var after = _library.Mementos.Change(memento.Id, Change(add: [ids[0]], remove: [ids[1]])).Memento!;

        Assert.Equal([ids[0], ids[2]], after.Documents.Select(d => d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void AnUnknownIdOrEmptyFolderRejectsTheWholeChangeAndNamesTheCulprits()
    {
        var memento = _library.Mementos.Create("Reading list");
        var known = _library.Documents.All()[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var result = _library.Mementos.Change(memento.Id, Change(add: [known, "99999"], folders: ["/Nowhere"]));

        Assert.Null(result.Memento);
        Assert.Equal("Unknown document ids: 99999.", result.Errors["add"]);
        Assert.Contains("/Nowhere", result.Errors["folder_add"]);
        Assert.Empty(_library.Mementos.Find(memento.Id)!.Documents);
    }

    [Fact]
    public void FolderAddTakesEveryDocumentUnderThePath()
    {
        var document = _library.Documents.All().First(d => d.Path.StartsWith("/Documents/", StringComparison.Ordinal));
        var folder = document.Path[..document.Path.LastIndexOf('/')];
        var memento = _library.Mementos.Create("Folder");

        var after = _library.Mementos.Change(memento.Id, Change(folders: [folder + "/"])).Memento!;

        Assert.Equal(_library.Documents.All().Count(d => d.Path.StartsWith(folder + "/", StringComparison.Ordinal)), after.Documents.Count);
        Assert.Contains(after.Documents, d => d.Id == document.Id);
    }

    [Fact]
    public void RenameDeleteAndUnknownIds()
    {
        var memento = _library.Mementos.Create("Old");

        Assert.Equal("New", _library.Mementos.Rename(memento.Id, "New")!.Name);
        Assert.True(_library.Mementos.Delete(memento.Id));
        Assert.False(_library.Mementos.Delete(memento.Id));
        Assert.Null(_library.Mementos.Rename(memento.Id, "Again"));
        Assert.Same(MementoChangeResult.NotFound, _library.Mementos.Change(memento.Id, Change()));
    }
}
