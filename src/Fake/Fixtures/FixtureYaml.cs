using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Serialization;

namespace Rememberizer.Contract.Fake.Fixtures;

/// <summary>
/// Writes a fixture as YAML, the form people edit and check in. Strings that YAML would read as something else
/// (<c>"true"</c>, <c>"123"</c>) are quoted, so the file reads back as it was written.
/// </summary>
public static class FixtureYaml
{
    private static readonly ISerializer Serializer = new SerializerBuilder().WithQuotingNecessaryStrings().Build();

    public static string Write(JsonNode fixture) => Serializer.Serialize(Plain(fixture));

    private static object Number(string written) =>
        long.TryParse(written, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var whole)
            ? whole
            : double.Parse(written, System.Globalization.CultureInfo.InvariantCulture);

    private static object? Plain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject json => json.ToDictionary(pair => pair.Key, pair => Plain(pair.Value)),
        JsonArray list => list.Select(Plain).ToList(),
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => node.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => Number(node.ToJsonString()),
            _ => null,
        },
    };
}
