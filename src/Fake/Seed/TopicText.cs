using System.Text;
using Bogus;

namespace Rememberizer.Contract.Fake.Seed;

/// <summary>
/// English-looking prose about a topic: Bogus's hacker and company phrases mixed with the topic's own statements
/// and sentences built from its keywords, so searching for "budget" finds the budget documents and not the hiring
/// plan, and a question in plain words finds the documents about it.
/// </summary>
public static class TopicText
{
    private static readonly string[] Templates =
    [
        "The {0} work for {2} is on track, but the {1} still needs a decision.",
        "{3} asked whether the {0} changes affect the {1}.",
        "We agreed to revisit the {0} and the {1} at the next review.",
        "Action item: {3} drafts the {0} summary and shares the {1} numbers.",
        "Most open questions about the {1} come from the {0} discussion.",
        "{2} expects the {0} plan before the end of the quarter.",
        "The {1} section below lists what changed in the {0} since last time.",
    ];

    public static string Write(Faker faker, Topic topic, int words)
    {
        var text = new StringBuilder();
        var count = 0;
        while (count < words)
        {
            var sentence = Sentence(faker, topic);
            text.Append(sentence).Append(faker.Random.Int(0, 5) == 0 ? "\n\n" : " ");
            count += sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        }

        return text.ToString().TrimEnd() + "\n";
    }

    public static string Sentence(Faker faker, Topic topic) => faker.Random.Int(0, 9) switch
    {
        < 3 => string.Format(System.Globalization.CultureInfo.InvariantCulture, faker.PickRandom(Templates),
            faker.PickRandom(topic.Keywords), faker.PickRandom(topic.Keywords), faker.Company.CompanyName(), faker.Name.FirstName()),
        < 5 => faker.PickRandom(topic.Statements),
        < 7 => faker.Hacker.Phrase(),
        < 9 => $"{faker.Company.CatchPhrase()} to {faker.Company.Bs()}.",
        _ => $"{char.ToUpperInvariant(topic.Title[0])}{topic.Title[1..]} update: {faker.Hacker.Phrase()}",
    };
}
