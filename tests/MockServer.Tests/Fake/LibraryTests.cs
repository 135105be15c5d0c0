using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.Libraries;
using Rememberizer.Contract.Fake.Seed;

namespace Rememberizer.Contract.MockServer.Tests.Fake;

/// <summary>Libraries nobody changed are cached and made again identical; changed ones are kept and shared.</summary>
public sealed class LibraryTests
{
    private static Library Libraries(int cacheSize) => new(Options.Create(new DataOptions { LibraryCacheSize = cacheSize }), TimeProvider.System);

    private static string Fingerprint(UserLibrary library) =>
        string.Join('\n', library.Documents.All().Select(d => $"{d.Id}|{d.Name}|{d.Created:O}|{d.Modified:O}|{string.Concat(d.Chunks).Length}"))
        + string.Join('\n', library.Mementos.Page(0, 100).Items.Select(m => $"{m.Id}|{m.Name}|{m.Documents.Count}"));

    [Fact]
    public void ALibraryDroppedFromTheCacheComesBackIdenticalWithTheSameIds()
    {
        var libraries = Libraries(cacheSize: 1);
        var first = Fingerprint(libraries.For(1));

        for (var user = 2; user <= 20; user++)
        {
            libraries.For(user);
        }

        Assert.True(libraries.Count.Cached <= 1, $"{libraries.Count.Cached} libraries cached, more than the size allows");
        Assert.Equal(first, Fingerprint(libraries.For(1)));
    }

    [Fact]
    public void UsersGetIdsOfTheirOwnThatNeverMeet()
    {
        var libraries = Libraries(cacheSize: 8);

        var one = libraries.For(1).Documents.All().Select(d => d.Id).ToHashSet();
        var two = libraries.For(2).Documents.All().Select(d => d.Id).ToHashSet();

        Assert.Contains(12_345, one);
        Assert.Empty(one.Intersect(two));
    }

    [Fact]
    public void AChangedLibraryIsKeptAndEveryWriterGetsTheSameInstance()
    {
        var libraries = Libraries(cacheSize: 1);
        var kept = libraries.ForChange(1);
        kept.Memorize(kept.Ids.PeekDocument(), "Note", "Kept text.", DateTimeOffset.UnixEpoch);

        for (var user = 2; user <= 20; user++)
        {
            libraries.For(user);
        }

        Assert.Same(kept, libraries.ForChange(1));
        Assert.Same(kept, libraries.For(1));
        Assert.Equal(1, libraries.Count.Changed);
    }

    [Fact]
    public void ChangingALibraryThatIsOnlyCachedIsRefused()
    {
        var libraries = Libraries(cacheSize: 8);

        var cached = libraries.For(1);

        Assert.Throws<InvalidOperationException>(() => cached.Memorize(cached.Ids.PeekDocument(), "Lost", "Would vanish with the cache.", DateTimeOffset.UnixEpoch));
        Assert.Throws<InvalidOperationException>(() => cached.Mementos.Create(cached.Ids.PeekMemento(), "Lost", DateTimeOffset.UnixEpoch));
    }
}
