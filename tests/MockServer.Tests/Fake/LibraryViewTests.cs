using Microsoft.Extensions.DependencyInjection;
using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Fake;

public sealed class LibraryViewTests
{
    [Fact]
    public async Task MemorizingIntoAMementoThatIsGoneStoresNothing()
    {
        await using var app = new MockServerApp();
        var userId = await app.CreateUserAsync();
        var libraries = app.Services.GetRequiredService<Library>();
        var library = libraries.ForChange(userId);
        var memento = library.Mementos.Create("Doomed");
        var view = LibraryView.Published(libraries, userId, memento.Id);
        var before = library.Documents.All().Count;

        library.Mementos.Delete(memento.Id);
        var stored = view.Memorize("Late", "Arrives after the memento was deleted.");

        Assert.Null(stored);
        Assert.Equal(before, library.Documents.All().Count);
    }

    [Fact]
    public async Task MemorizingThroughAPublishedViewPutsTheTextIntoTheMemento()
    {
        await using var app = new MockServerApp();
        var userId = await app.CreateUserAsync();
        var libraries = app.Services.GetRequiredService<Library>();
        var memento = libraries.ForChange(userId).Mementos.Create("Shared");

        var stored = LibraryView.Published(libraries, userId, memento.Id).Memorize("Note", "Shared text.");

        Assert.Contains(stored!.Id, libraries.For(userId).Mementos.DocumentIdsOf(memento.Id)!);
        Assert.True(LibraryView.Published(libraries, userId, memento.Id).CanSee(stored.Id));
    }
}
