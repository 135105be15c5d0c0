using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.Integrations;
using Rememberizer.Contract.Fake.Libraries;
using Rememberizer.Contract.Fake.Seed;

namespace Rememberizer.Contract.MockServer.Tests.Fake;

public sealed class UserSeederTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 15, 9, 26, TimeSpan.Zero);

    private static UserLibrary Seed(int seed, int userId) =>
        UserSeeder.Seed(userId, new DataOptions { Seed = seed }, new FixedClock(Now), Now);

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
        Assert.All(documents.Where(d => library.FindDiscussion(d.Id) is null), d => Assert.True(d.Created <= new DataOptions().Epoch));
    }

    [Fact]
    public void SlackAndDiscordChannelsHaveMessagesInTheLastWeekAndNoneInTheFuture()
    {
        var library = Seed(20240101, 1);
        var channels = library.Documents.All().Where(d => library.FindDiscussion(d.Id) is not null).ToList();

        Assert.Contains(channels, d => d.IntegrationType == IntegrationTypes.Slack);
        Assert.Contains(channels, d => d.IntegrationType == IntegrationTypes.Discord);
        Assert.All(channels, channel =>
        {
            var messages = library.FindDiscussion(channel.Id)!.Messages;
            Assert.Contains(messages, m => m.At >= Now.AddDays(-7));
            Assert.All(messages.SelectMany(m => m.Replies.Prepend(m)), m => Assert.True(m.At < Now));
        });
    }

    [Fact]
    public void ChannelTranscriptIsSearchableAndWindowed()
    {
        var library = Seed(20240101, 3);
        var channel = library.Documents.All().First(d => d.IntegrationType == IntegrationTypes.Slack);
        var discussion = library.FindDiscussion(channel.Id)!;
        var pages = new List<DiscussionWindow>();
        for (var start = 0; ; start = pages[^1].EndChunk + 1)
        {
            pages.Add(discussion.Read(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, start));
            if (pages[^1].EndChunk < start)
            {
                break; // the readers' stop: nothing from start on
            }
        }

        var none = discussion.Read(Now, DateTimeOffset.MaxValue);

        Assert.True(pages.Count > 2, "a seeded channel has more messages than one page holds");
        Assert.Equal(discussion.Messages.Count, pages.Sum(p => p.Content.Length == 0 ? 0 : p.Content.Split('\n').Length));
        Assert.Equal(discussion.Messages.Count(m => m.Replies.Count > 0), pages.Sum(p => p.Threads.Count));
        Assert.Equal("", none.Content);
        Assert.Matches(@"^<s>User: [\w .'-]+, Time: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d:\d{6}, Message: ", pages[0].Content);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
