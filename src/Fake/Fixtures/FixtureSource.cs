using System.Security.Cryptography;
using System.Text;

namespace Rememberizer.Contract.Fake.Fixtures;

/// <summary>
/// A fixture file read and checked, with the scenario chosen from it (none: its top level). Reading refuses a bad
/// file with every problem at its pointer (<see cref="FixtureRejectedException"/>), an unknown scenario included;
/// deciding its world refuses names that do not fit together (<see cref="FixtureBuilder"/>).
/// </summary>
public sealed class FixtureSource
{
    private FixtureSource(FixtureFile file, string json, string? scenario)
    {
        File = file;
        Json = json;
        Scenario = scenario;
        Digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{scenario}\n{json}")));
    }

    public FixtureFile File { get; }

    /// <summary>The whole file as compact JSON, every scenario included (what a load records).</summary>
    public string Json { get; }

    public string? Scenario { get; }

    /// <summary>Names the file's content and the scenario: equal digests load equal worlds.</summary>
    public string Digest { get; }

    public IReadOnlyList<string> Scenarios => [.. File.Scenarios.Keys];

    public static FixtureSource Read(string text, string? scenario = null)
    {
        var root = FixtureText.Parse(text);
        var source = new FixtureSource(FixtureReader.Read(root), root.ToJsonString(), scenario);
        source.File.Select(scenario);
        return source;
    }

    /// <summary>The file the tenant's state was loaded from, to switch to another of its scenarios.</summary>
    public static FixtureSource Of(FixtureLoaded loaded, string? scenario) => Read(loaded.Source, scenario);

    /// <summary>The world to record: passwords hashed, missing ids, keys and dates decided, the clock measured from <paramref name="realNow"/>.</summary>
    public FixtureLoaded Decide(Func<string, string> hashPassword, DateTimeOffset realNow) =>
        new(new FixtureBuilder(hashPassword).Build(File.Select(Scenario), realNow), Json, Scenario, Digest);
}
