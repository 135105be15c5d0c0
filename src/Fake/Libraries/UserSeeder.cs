using Bogus;
using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.Integrations;
using Rememberizer.Contract.Fake.Mementos;
using Rememberizer.Contract.Fake.Seed;

namespace Rememberizer.Contract.Fake.Libraries;

/// <summary>
/// Generates one user's library from the seed and the user id: Google Drive, Slack and Discord always, Gmail and
/// Dropbox for most users, a couple of mementos and common-knowledge subscriptions. Channel messages are dated
/// relative to the clock at seeding time (recent, as on a live workspace); everything else before the epoch.
/// </summary>
public static class UserSeeder
{
    /// <summary>The library; <paramref name="generatedAt"/> dates its recent data, so passing the same moment again
    /// makes the same library.</summary>
    public static UserLibrary Seed(int userId, DataOptions options, TimeProvider clock, DateTimeOffset generatedAt)
    {
        var ids = new IdSequence(userId);
        var faker = SeededFaker.For(options.Seed, "user", userId);
        var factory = new DocumentFactory(faker, ids, options);
        var files = new FileSeeder(faker, factory);
        var shelf = new DocumentShelf();
        var integrations = new List<Integration>();
        var discussions = new Dictionary<int, Discussion>();
        var person = faker.Person;
        var workspace = faker.Internet.DomainWord();

        Integration Connect(string type, string source, string documentType)
        {
            var consent = DocumentFactory.Second(faker.Date.BetweenOffset(options.Epoch.AddDays(-600), options.Epoch.AddDays(-400)));
            var integration = new Integration(ids.NextIntegration(), type, source, documentType, consent, faker.Random.Int(0, 9) > 0);
            integrations.Add(integration);
            return integration;
        }

        var drive = Connect(IntegrationTypes.GoogleDrive, person.Email, "drive");
        Repeat(faker.Random.Int(12, 25), () => shelf.Add(files.Drive(drive)));
        var channels = new ChannelSeeder(faker, factory, options, generatedAt);
        var slack = Connect(IntegrationTypes.Slack, workspace, "channel");
        var discord = Connect(IntegrationTypes.Discord, $"{workspace}-community", "channel");
        foreach (var (document, discussion) in channels.Slack(slack).Concat(channels.Discord(discord)))
        {
            shelf.Add(document);
            discussions[document.Id] = discussion;
        }

        if (faker.Random.Int(0, 9) < 7)
        {
            var gmail = Connect(IntegrationTypes.Gmail, person.Email, "email");
            Repeat(faker.Random.Int(6, 14), () => shelf.Add(files.Mail(gmail)));
        }

        if (faker.Random.Bool())
        {
            var dropbox = Connect(IntegrationTypes.Dropbox, person.Email, "file");
            Repeat(faker.Random.Int(4, 10), () => shelf.Add(files.Dropbox(dropbox)));
        }

        var knowledge = Connect(IntegrationTypes.CommonKnowledge, "Rememberizer", "knowledge");
        var subscriptions = faker.PickRandom(KnowledgeCatalog.Entries, faker.Random.Int(2, 3))
            .OrderBy(k => k.Id)
            .Select(k => new Subscription(k, [.. k.Topics.Select(t => files.Knowledge(knowledge, k.Name, Topics.Named(t))).Select(d => Added(shelf, d).Id)]))
            .ToList();
        Connect(IntegrationTypes.Memorize, "Rememberizer", "text");

        var mementos = new MementoBook(shelf);
        var all = shelf.All();
        mementos.Create(ids.NextMemento(), "Work Documents", Around(faker, options, 200), all.Where(d => d.IntegrationId == drive.Id).Take(3).Select(d => d.Id));
        mementos.Create(ids.NextMemento(), "Product Research", Around(faker, options, 90), faker.PickRandom(all, 2).Select(d => d.Id));
        return new UserLibrary(shelf, mementos, integrations, discussions, subscriptions, ids, options.WordsPerChunk);
    }

    private static Document Added(DocumentShelf shelf, Document document)
    {
        shelf.Add(document);
        return document;
    }

    private static DateTimeOffset Around(Faker faker, DataOptions options, int daysBefore) =>
        DocumentFactory.Second(options.Epoch.AddDays(-daysBefore).AddMinutes(faker.Random.Int(0, 24 * 60)));

    private static void Repeat(int times, Action action)
    {
        for (var i = 0; i < times; i++)
        {
            action();
        }
    }
}
