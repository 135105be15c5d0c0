using System.Text;
using Bogus;
using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.Integrations;
using Rememberizer.Contract.Fake.Search;

namespace Rememberizer.Contract.Fake.Seed;

/// <summary>What distinguishes one generated document from another; the factory fills in dates and state.</summary>
public sealed record DocumentSketch(string Name, string MimeType, string Path, string? Url, string SourceId, int? FileSize);

/// <summary>
/// Turns sketches into documents with plausible dates (before the epoch), mostly indexed, a few still indexing or
/// failed, as a real account looks.
/// </summary>
public sealed class DocumentFactory(Faker faker, IdSequence ids, DataOptions options)
{
    private static readonly string[] Failures =
        ["The file is too large to index.", "The file could not be parsed.", "Access to the file was revoked."];

    public Document Make(Integration integration, DocumentSketch sketch, string text, DateTimeOffset? created = null, DateTimeOffset? modified = null)
    {
        var made = created ?? Second(faker.Date.BetweenOffset(options.Epoch.AddDays(-540), options.Epoch.AddDays(-2)));
        var changed = modified ?? Second(faker.Date.BetweenOffset(made, Min(made.AddDays(120), options.Epoch)));
        var state = faker.Random.Int(0, 99) switch
        {
            < 88 => DocumentState.Indexed,
            < 95 => DocumentState.Indexing,
            _ => DocumentState.Error,
        };
        return new Document
        {
            Id = ids.NextDocument(),
            SourceId = sketch.SourceId,
            Name = sketch.Name,
            MimeType = sketch.MimeType,
            Path = sketch.Path,
            Url = sketch.Url,
            IntegrationId = integration.Id,
            IntegrationType = integration.Type,
            Source = integration.Source,
            State = state,
            IndexedOn = state == DocumentState.Indexed ? changed.AddMinutes(faker.Random.Int(1, 30)) : null,
            ErrorMessage = state == DocumentState.Error ? faker.PickRandom(Failures) : null,
            Size = sketch.FileSize ?? Encoding.UTF8.GetByteCount(text),
            Created = made,
            Modified = changed,
            Chunks = TextChunker.Split(text, options.WordsPerChunk),
        };
    }

    public static DateTimeOffset Second(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
