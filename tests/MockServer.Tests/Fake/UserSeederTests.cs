using Rememberizer.Contract.MockServer.Fake.Clock;
using Rememberizer.Contract.MockServer.Fake.Documents;
using Rememberizer.Contract.MockServer.Fake.Integrations;
using Rememberizer.Contract.MockServer.Fake.Seed;

namespace Rememberizer.Contract.MockServer.Tests.Fake;

public sealed class UserSeederTests
{
    private static UserLibrary Seed(int seed, int userId) =>
        UserSeeder.Seed(userId, new DataOptions { Seed = seed }, new IdSequence(), new MockClock());

    private static string Fingerprint(UserLibrary library) =>
        string.Join('\n', library.Documents.All().Select(d => $"{d.Id}|{d.Name}|{d.Path}|{d.MimeType}|{d.Size}|{d.Created:O}|{d.State}|{string.Concat(d.Chunks).Length}"));

    [Fact]
    public void SameSeedAndUserGiveTheSameLibrary()
    {
        Assert.Equal(Fingerprint(Seed(7, 1)), Fingerprint(Seed(7, 1)));
    }

    [Fact]
    public void OtherSeedOrOtherUserGiveOtherLibraries()
    {
        Assert.NotEqual(Fingerprint(Seed(7, 1)), Fingerprint(Seed(8, 1)));
        Assert.NotEqual(Fingerprint(Seed(7, 1)), Fingerprint(Seed(7, 2)));
    }

    [Fact]
    public void EveryUserHasDriveFilesSlackChannelsMementosAndSubscriptions()
    {
        var library = Seed(20240101, 1);
        var documents = library.Documents.All();

        Assert.Contains(documents, d => d.IntegrationType == IntegrationTypes.GoogleDrive && d.Url!.StartsWith("https://", StringComparison.Ordinal));
        var channel = documents.First(d => d.IntegrationType == IntegrationTypes.Slack);
        Assert.NotNull(library.FindDiscussion(channel.Id));
        Assert.Equal(2, library.Mementos.Page(0, 10).Count);
        Assert.All(library.Subscriptions.SelectMany(s => s.DocumentIds), id => Assert.NotNull(library.Documents.Find(id)));
        Assert.True(documents.SequenceEqual(documents.OrderByDescending(d => d.Created)), "listed newest first");
        Assert.All(documents, d => Assert.True(d.Created <= new DataOptions().Epoch));
    }

    [Fact]
    public void ChannelTranscriptIsSearchableAndWindowed()
    {
        var library = Seed(20240101, 3);
        var channel = library.Documents.All().First(d => d.IntegrationType == IntegrationTypes.Slack);
        var discussion = library.FindDiscussion(channel.Id)!;
        var all = discussion.Read(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        var none = discussion.Read(new DataOptions().Epoch, DateTimeOffset.MaxValue);

        Assert.Equal(discussion.Messages.Count, all.Content.Split('\n').Length);
        Assert.Equal(discussion.Messages.Count(m => m.Replies.Count > 0), all.Threads.Count);
        Assert.Equal("", none.Content);
        Assert.Matches(@"^\[\d{4}-\d\d-\d\d \d\d:\d\d\] \w+: ", all.Content);
    }
}
