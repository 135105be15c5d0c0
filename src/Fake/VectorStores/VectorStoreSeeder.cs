using Bogus;
using Rememberizer.Contract.Fake.Seed;

namespace Rememberizer.Contract.Fake.VectorStores;

/// <summary>The start-up store's documents: a small product-documentation set, already indexed.</summary>
public static class VectorStoreSeeder
{
    private static readonly (string Name, string MimeType, string Topic)[] Files =
    [
        ("Product Manual.pdf", "application/pdf", "Vector Database"),
        ("Integration Guide.pdf", "application/pdf", "API Integration"),
        ("Release Notes.md", "text/markdown", "Release 2.4"),
        ("Security Whitepaper.pdf", "application/pdf", "Security Review"),
        ("Search FAQ.txt", "text/plain", "Search Filters"),
    ];

    public static void Fill(VectorStoreSpace space, Faker faker, DateTimeOffset epoch)
    {
        var at = space.Store.Created;
        foreach (var (name, mimeType, topic) in Files)
        {
            at = DocumentFactory.Second(faker.Date.BetweenOffset(at, epoch));
            var text = TopicText.Write(faker, Topics.Named(topic), faker.Random.Int(250, 900));
            var size = mimeType == "application/pdf" ? faker.Random.Int(120_000, 4_000_000) : System.Text.Encoding.UTF8.GetByteCount(text);
            space.AddSeeded(name, mimeType, text, size, at);
        }
    }
}
