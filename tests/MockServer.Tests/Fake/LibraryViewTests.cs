using Microsoft.Extensions.DependencyInjection;
using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.Fake.Libraries;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Fake;

public sealed class LibraryViewTests
{
    [Fact]
    public async Task MemorizingIntoAMementoThatIsGoneStoresNothing()
    {
        await using var app = new MockServerApp();
        var userId = await app.CreateUserAsync();
        var libraries = app.TenantServices.GetRequiredService<Library>();
        var changes = app.TenantServices.GetRequiredService<LibraryChanges>();
        var memento = await changes.CreateMementoAsync(userId, "Doomed");
        var view = LibraryView.Published(libraries, userId, memento.Id);
        var before = libraries.For(userId).Documents.All().Count;

        await app.TenantServices.GetRequiredService<KnowledgePublisher>().DeleteMementoAsync(userId, memento.Id);
        var stored = await changes.MemorizeAsync(view, "Late", "Arrives after the memento was deleted.");

        Assert.Null(stored);
        Assert.Equal(before, libraries.For(userId).Documents.All().Count);
    }

    [Fact]
    public async Task MemorizingThroughAPublishedViewPutsTheTextIntoTheMemento()
    {
        await using var app = new MockServerApp();
        var userId = await app.CreateUserAsync();
        var libraries = app.TenantServices.GetRequiredService<Library>();
        var changes = app.TenantServices.GetRequiredService<LibraryChanges>();
        var memento = await changes.CreateMementoAsync(userId, "Shared");

        var stored = await changes.MemorizeAsync(LibraryView.Published(libraries, userId, memento.Id), "Note", "Shared text.");

        Assert.Contains(stored!.Id, libraries.For(userId).Mementos.DocumentIdsOf(memento.Id)!);
        Assert.True(LibraryView.Published(libraries, userId, memento.Id).CanSee(stored.Id));
    }
}
