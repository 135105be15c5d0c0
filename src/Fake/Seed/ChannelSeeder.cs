using System.Globalization;
using Bogus;
using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.Integrations;

namespace Rememberizer.Contract.Fake.Seed;

/// <summary>
/// Slack and Discord channels with four weeks of messages and threads up to a few minutes before
/// <paramref name="now"/>, so a read of a channel without dates (the last seven days) shows recent messages, as
/// it would on a live workspace. Only the dates follow the clock; names, people and text follow the seed.
/// </summary>
public sealed class ChannelSeeder(Faker faker, DocumentFactory factory, DataOptions options, DateTimeOffset now)
{
    private static readonly string[] SlackNames = ["general", "engineering", "product", "random", "releases", "design", "support", "marketing"];
    private static readonly string[] DiscordNames = ["general", "announcements", "help", "feedback", "dev-chat"];

    private static readonly TimeSpan History = TimeSpan.FromDays(28);
    // Threads run up to 36 minutes after their first message; none may lie in the future.
    private static readonly TimeSpan Quiet = TimeSpan.FromHours(1);

    public IReadOnlyList<(Document Document, Discussion Discussion)> Slack(Integration slack)
    {
        var people = People();
        return [.. faker.PickRandom(SlackNames, faker.Random.Int(4, 6)).Select(name => Channel(slack, name, people, SlackChannel))];
    }

    public IReadOnlyList<(Document Document, Discussion Discussion)> Discord(Integration discord)
    {
        var people = People();
        return [.. faker.PickRandom(DiscordNames, faker.Random.Int(2, 3)).Select(name => Channel(discord, name, people, DiscordChannel))];
    }

    private string[] People() => [.. Enumerable.Range(0, 6).Select(_ => faker.Name.FirstName()).Distinct()];

    private DocumentSketch SlackChannel(Integration slack, string name)
    {
        var channelId = "C0" + faker.Random.String2(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
        return new DocumentSketch($"#{name}", "text/plain", $"/{slack.Source}/#{name}", $"https://{slack.Source}.slack.com/archives/{channelId}", channelId, null);
    }

    private DocumentSketch DiscordChannel(Integration discord, string name)
    {
        var guild = faker.Random.ULong(100_000_000_000_000_000, 999_999_999_999_999_999).ToString(CultureInfo.InvariantCulture);
        var channelId = faker.Random.ULong(100_000_000_000_000_000, 999_999_999_999_999_999).ToString(CultureInfo.InvariantCulture);
        return new DocumentSketch($"#{name}", "text/plain", $"/{discord.Source}/#{name}", $"https://discord.com/channels/{guild}/{channelId}", channelId, null);
    }

    private (Document, Discussion) Channel(Integration integration, string name, string[] people, Func<Integration, string, DocumentSketch> sketchOf)
    {
        var topic = faker.PickRandom(Topics.All.ToArray());
        var messages = Enumerable.Range(0, faker.Random.Int(30, 70))
            .Select(_ => DocumentFactory.Second(faker.Date.BetweenOffset(now - History, now - Quiet)))
            .Distinct()
            .Order()
            .Select(at => Message(at, topic, people))
            .ToList();
        var sketch = sketchOf(integration, name);
        var created = DocumentFactory.Second(messages[0].At.AddDays(-faker.Random.Int(30, 400)));
        var document = factory.Make(integration, sketch, "", created, messages[^1].At) with { State = DocumentState.Indexed };
        var discussion = new Discussion(document.Id, integration.Type, messages);
        var transcript = discussion.Transcript();
        document = document with
        {
            IndexedOn = messages[^1].At.AddMinutes(5),
            ErrorMessage = null,
            Size = System.Text.Encoding.UTF8.GetByteCount(transcript),
            Chunks = Search.TextChunker.Split(transcript, options.WordsPerChunk),
        };
        return (document, discussion);
    }

    private ChatMessage Message(DateTimeOffset at, Topic topic, string[] people)
    {
        var replies = faker.Random.Int(0, 4) == 0
            ? Enumerable.Range(1, faker.Random.Int(1, 4))
                .Select(i => new ChatMessage(at.AddMinutes(i * faker.Random.Int(1, 9)), faker.PickRandom(people), TopicText.Sentence(faker, topic), []))
                .ToList()
            : [];
        return new ChatMessage(at, faker.PickRandom(people), TopicText.Sentence(faker, topic), replies);
    }
}
