using Bogus;
using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.Integrations;

namespace Rememberizer.Contract.Fake.Seed;

/// <summary>Files of Google Drive and Dropbox, and Gmail threads, each about one topic.</summary>
public sealed class FileSeeder(Faker faker, DocumentFactory factory)
{
    private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private static readonly FileKind[] Kinds =
    [
        new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ["{0} Proposal", "{0} Plan", "{0} Brief"], 20_000, 800_000),
        new(".pdf", "application/pdf", ["{0} Report", "{0} Guide", "{0} Summary"], 80_000, 5_000_000),
        new(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ["{0} Tracker", "{0} Numbers"], 15_000, 2_000_000),
        new(".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", ["{0} Overview", "{0} Kickoff Deck"], 500_000, 12_000_000),
        new("", "application/vnd.google-apps.document", ["{0} - Meeting Notes", "{0} Notes"], 0, 0),
    ];

    private static readonly string[] DriveFolders =
        ["/Documents/Projects", "/Documents/Reports", "/Documents/Meeting Notes", "/Documents/Finance", "/Shared/Design"];

    public Document Drive(Integration drive)
    {
        var (topic, kind, name) = Pick(Kinds);
        var id = "1" + faker.Random.String2(32, Alphanumeric);
        var url = kind.Extension.Length == 0 ? $"https://docs.google.com/document/d/{id}/edit" : $"https://drive.google.com/file/d/{id}/view";
        var sketch = new DocumentSketch(name, kind.Mime, $"{faker.PickRandom(DriveFolders)}/{name}", url, id, Size(kind));
        return factory.Make(drive, sketch, Text(topic));
    }

    public Document Dropbox(Integration dropbox)
    {
        var (topic, kind, name) = Pick(Kinds[..2]);
        var folder = faker.Random.Bool() ? "/Work" : $"/Clients/{faker.Company.CompanyName()}";
        var url = $"https://www.dropbox.com/home{Uri.EscapeDataString(folder).Replace("%2F", "/", StringComparison.Ordinal)}?preview={Uri.EscapeDataString(name)}";
        var sketch = new DocumentSketch(name, kind.Mime, $"{folder}/{name}", url, "id:" + faker.Random.String2(22, Alphanumeric), Size(kind));
        return factory.Make(dropbox, sketch, Text(topic));
    }

    public Document Mail(Integration gmail)
    {
        var topic = faker.PickRandom(Topics.All.ToArray());
        var subject = string.Format(System.Globalization.CultureInfo.InvariantCulture,
            faker.PickRandom("Re: {0} follow-up", "{0}: next steps", "Fwd: {0} update", "Question about the {0}"), topic.Title);
        var thread = faker.Random.Hexadecimal(16, "");
        var sketch = new DocumentSketch(subject, "message/rfc822", $"/INBOX/{subject}", $"https://mail.google.com/mail/u/0/#inbox/{thread}", thread, null);
        return factory.Make(gmail, sketch, $"From: {faker.Name.FullName()}\nSubject: {subject}\n\n{Text(topic, 40, 400)}");
    }

    public Document Knowledge(Integration knowledge, string library, Topic topic)
    {
        var name = $"{topic.Title} {faker.PickRandom("Guide", "Primer", "FAQ", "Checklist")}.md";
        var sketch = new DocumentSketch(name, "text/markdown", $"/{library}/{name}", null, "ck_" + faker.Random.Hexadecimal(10, ""), null);
        return factory.Make(knowledge, sketch, $"# {name[..^3]}\n\n{Text(topic)}");
    }

    private (Topic Topic, FileKind Kind, string Name) Pick(FileKind[] kinds)
    {
        var topic = faker.PickRandom(Topics.All.ToArray());
        var kind = faker.PickRandom(kinds);
        return (topic, kind, string.Format(System.Globalization.CultureInfo.InvariantCulture, faker.PickRandom(kind.Names), topic.Title) + kind.Extension);
    }

    private int? Size(FileKind kind) => kind.MaxSize == 0 ? null : faker.Random.Int(kind.MinSize, kind.MaxSize);

    private string Text(Topic topic, int min = 60, int max = 900) => TopicText.Write(faker, topic, faker.Random.Int(min, max));

    private sealed record FileKind(string Extension, string Mime, string[] Names, int MinSize, int MaxSize);
}
