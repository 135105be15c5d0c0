using Bogus;
using Rememberizer.Contract.MockServer.Fake.Documents;
using Rememberizer.Contract.MockServer.Fake.Integrations;

namespace Rememberizer.Contract.MockServer.Fake.Seed;

/// <summary>Slack channels with a few weeks of messages and threads before the epoch.</summary>
public sealed class ChannelSeeder(Faker faker, DocumentFactory factory, DataOptions options)
{
    private static readonly string[] Names = ["general", "engineering", "product", "random", "releases", "design", "support", "marketing"];

    public IReadOnlyList<(Document Document, Discussion Discussion)> Channels(Integration slack)
    {
        var people = Enumerable.Range(0, 6).Select(_ => faker.Name.FirstName()).Distinct().ToArray();
        return [.. faker.PickRandom(Names, faker.Random.Int(4, 6)).Select(name => Channel(slack, name, people))];
    }

    private (Document, Discussion) Channel(Integration slack, string name, string[] people)
    {
        var topic = faker.PickRandom(Topics.All.ToArray());
        var messages = Enumerable.Range(0, faker.Random.Int(30, 70))
            .Select(_ => DocumentFactory.Second(faker.Date.BetweenOffset(options.Epoch.AddDays(-60), options.Epoch.AddHours(-1))))
            .Distinct()
            .Order()
            .Select(at => Message(at, topic, people))
            .ToList();
        var channelId = "C0" + faker.Random.String2(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
        var sketch = new DocumentSketch($"#{name}", "text/plain", $"/{slack.Source}/#{name}",
            $"https://{slack.Source}.slack.com/archives/{channelId}", channelId, null);
        var created = DocumentFactory.Second(messages[0].At.AddDays(-faker.Random.Int(30, 400)));
        var document = factory.Make(slack, sketch, "", created, messages[^1].At) with { State = DocumentState.Indexed };
        var discussion = new Discussion(document.Id, IntegrationTypes.Slack, messages);
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
