using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rememberizer.Contract.Fake.Fixtures;

/// <summary>
/// The text of a fixture file as a JSON tree: JSON when it starts with <c>{</c>, YAML otherwise. YAML's plain
/// scalars take the JSON type they spell (YAML 1.2 core schema: null, booleans, numbers); quoted ones stay strings,
/// so <c>"123"</c> is a string and <c>123</c> a number, as an editor validating against the schema sees them.
/// </summary>
public static partial class FixtureText
{
    public static JsonNode Parse(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.IsEmpty)
        {
            return new JsonObject();
        }

        return trimmed[0] == '{' ? ParseJson(text) : ParseYaml(text);
    }

    private static JsonNode ParseJson(string text)
    {
        try
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false })
                ?? throw Rejected("The file is empty.");
        }
        catch (JsonException failure)
        {
            throw Rejected($"JSON parse error at line {failure.LineNumber + 1}: {failure.Message}");
        }
    }

    private static JsonNode ParseYaml(string text)
    {
        var stream = new YamlStream();
        try
        {
            FixtureYamlShape.Check(text);
            stream.Load(new StringReader(text));
        }
        catch (YamlException failure)
        {
            throw Rejected($"YAML syntax error at line {failure.Start.Line}, column {failure.Start.Column}: {Innermost(failure).Message}");
        }
        catch (ArgumentException failure)
        {
            // The representation model refuses a key given twice in one mapping.
            throw Rejected($"YAML error: {failure.Message}");
        }

        return stream.Documents.Count switch
        {
            0 => new JsonObject(),
            1 => ToJson(stream.Documents[0].RootNode) ?? new JsonObject(),
            _ => throw Rejected("The file holds more than one YAML document; a fixture is one."),
        };
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => ToObject(mapping),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToJson)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw Rejected($"Unsupported YAML at line {node.Start.Line}."),
    };

    private static JsonObject ToObject(YamlMappingNode mapping)
    {
        var json = new JsonObject();
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                throw Rejected($"YAML error at line {key.Start.Line}: a key must be a plain string.");
            }

            if (json.ContainsKey(name))
            {
                throw Rejected($"YAML error at line {key.Start.Line}: the key '{name}' is given twice.");
            }

            json[name] = ToJson(value);
        }

        return json;
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(value.Equals("true", StringComparison.OrdinalIgnoreCase));
        }

        if (Integer().IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return JsonValue.Create(whole);
        }

        if (Real().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return JsonValue.Create(real);
        }

        return JsonValue.Create(value);
    }

    private static Exception Innermost(Exception failure) => failure.InnerException is { } inner ? Innermost(inner) : failure;

    private static FixtureRejectedException Rejected(string message) => new([new FixtureProblem("", message)]);

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Real();
}
