using Rememberizer.Contract.Fake.Libraries;
using Rememberizer.Contract.Fake.Mementos;
using Rememberizer.Contract.Fake.World;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Fake;

/// <summary>Mementos changed as the API changes them: through the recorded changes of <see cref="LibraryChanges"/>.</summary>
public sealed class MementoBookTests : IAsyncLifetime
{
    private const int User = 7;
    private DomainWorld _world = null!;

    private LibraryChanges Changes => _world.LibraryChanges;

    private UserLibrary Library => _world.Library.For(User);

    public async ValueTask InitializeAsync() => _world = await FakeWorld.CreateAsync(new() { Seed = 5 });

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static MementoDocumentChange Change(string[]? add = null, string[]? folders = null, string[]? remove = null) =>
        new(add ?? [], folders ?? [], remove ?? []);

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task AddingAndRemovingDocumentsIsReflectedOnRead()
    {
        var ids = Library.Documents.All().Take(3).Select(d => Id(d.Id)).ToArray();
        var memento = await Changes.CreateMementoAsync(User, "Reading list");

        await Changes.ChangeMementoDocumentsAsync(User, memento.Id, Change(add: ids));
        var after = (await Changes.ChangeMementoDocumentsAsync(User, memento.Id, Change(add: [ids[0]], remove: [ids[1]]))).Memento!;

        Assert.Equal([ids[0], ids[2]], after.Documents.Select(d => Id(d.Id)));
    }

    [Fact]
    public async Task AnUnknownIdOrEmptyFolderRejectsTheWholeChangeAndNamesTheCulprits()
    {
        var memento = await Changes.CreateMementoAsync(User, "Reading list");
        var known = Id(Library.Documents.All()[0].Id);

        var result = await Changes.ChangeMementoDocumentsAsync(User, memento.Id, Change(add: [known, "99999"], folders: ["/Nowhere"]));

        Assert.Null(result.Memento);
        Assert.Equal("Unknown document ids: 99999.", result.Errors["add"]);
        Assert.Contains("/Nowhere", result.Errors["folder_add"]);
        Assert.Empty(Library.Mementos.Find(memento.Id)!.Documents);
    }

    [Fact]
    public async Task FolderAddTakesEveryDocumentUnderThePath()
    {
        var document = Library.Documents.All().First(d => d.Path.StartsWith("/Documents/", StringComparison.Ordinal));
        var folder = document.Path[..document.Path.LastIndexOf('/')];
        var memento = await Changes.CreateMementoAsync(User, "Folder");

        var after = (await Changes.ChangeMementoDocumentsAsync(User, memento.Id, Change(folders: [folder + "/"]))).Memento!;

        Assert.Equal(Library.Documents.All().Count(d => d.Path.StartsWith(folder + "/", StringComparison.Ordinal)), after.Documents.Count);
        Assert.Contains(after.Documents, d => d.Id == document.Id);
    }

    [Fact]
    public async Task RenameDeleteAndUnknownIds()
    {
        var memento = await Changes.CreateMementoAsync(User, "Old");
        var publisher = _world.Publisher;

        Assert.Equal("New", (await Changes.RenameMementoAsync(User, memento.Id, "New"))!.Name);
        Assert.True(await publisher.DeleteMementoAsync(User, memento.Id));
        Assert.False(await publisher.DeleteMementoAsync(User, memento.Id));
        Assert.Null(await Changes.RenameMementoAsync(User, memento.Id, "Again"));
        Assert.Same(MementoChangeResult.NotFound, await Changes.ChangeMementoDocumentsAsync(User, memento.Id, Change()));
    }
}
