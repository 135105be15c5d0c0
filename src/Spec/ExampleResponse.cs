using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NSwag;

namespace Rememberizer.Contract.Spec;

/// <summary>
/// The answer the spec's own example gives for one declared status of an operation: the body typed as its schema
/// says (YAML examples arrive as text, so <c>id: 42</c> would otherwise come out as <c>"42"</c>) and every header the
/// status declares, one value per example of the header (two <c>Set-Cookie</c> headers for a session).
/// </summary>
public sealed record ExampleResponse(int Status, string? ContentType, string? Body, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    internal static ExampleResponse? For(OpenApiOperation operation, int status)
    {
        if (!operation.ActualResponses.TryGetValue(status.ToString(CultureInfo.InvariantCulture), out var declared))
        {
            return null;
        }

        var response = declared.ActualResponse;
        var headers = response.Headers.SelectMany(h => HeaderValues(h.Value).Select(v => new KeyValuePair<string, string>(h.Key, v))).ToList();
        var media = response.Content.FirstOrDefault();
        if (media.Value is null)
        {
            return new ExampleResponse(status, null, null, headers);
        }

        var example = media.Value.Example ?? media.Value.Schema?.ActualSchema.Example;
        var body = example is null ? null : ExampleTyping.Coerce(JToken.FromObject(example), media.Value.Schema).ToString(Formatting.None);
        return new ExampleResponse(status, media.Key, body, headers);
    }

    private static IEnumerable<string> HeaderValues(OpenApiHeader reference)
    {
        var header = reference.ActualParameter;
        if (header.Examples is { Count: > 0 } examples)
        {
            return examples.Values.Select(e => Convert.ToString(e.Value, CultureInfo.InvariantCulture) ?? "");
        }

        var single = header.Example ?? header.ActualSchema.Example;
        return single is null ? [] : [Convert.ToString(single, CultureInfo.InvariantCulture) ?? ""];
    }
}

/// <summary>Gives an example the JSON types its schema declares: numbers, booleans and nulls read as text.</summary>
internal static class ExampleTyping
{
    public static JToken Coerce(JToken token, JsonSchema? schema)
    {
        var actual = schema?.ActualSchema;
        if (actual is null)
        {
            return token;
        }

        switch (token)
        {
            case JObject obj:
                foreach (var property in obj.Properties().ToList())
                {
                    var propertySchema = actual.ActualProperties.TryGetValue(property.Name, out var declared) ? declared : actual.AdditionalPropertiesSchema;
                    property.Value = Coerce(property.Value, propertySchema);
                }

                return obj;
            case JArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    array[i] = Coerce(array[i], actual.Item);
                }

                return array;
            case JValue { Type: JTokenType.String } text:
                return Scalar(text.Value<string>()!, actual) ?? text;
            default:
                return token;
        }
    }

    private static JToken? Scalar(string text, JsonSchema schema)
    {
        var type = schema.Type;
        if ((schema.IsNullableRaw == true || type.HasFlag(JsonObjectType.Null)) && text is "null" or "~" or "")
        {
            return JValue.CreateNull();
        }

        if (type.HasFlag(JsonObjectType.Integer) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return new JValue(integer);
        }

        if (type.HasFlag(JsonObjectType.Number) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new JValue(number);
        }

        return type.HasFlag(JsonObjectType.Boolean) && bool.TryParse(text, out var flag) ? new JValue(flag) : null;
    }
}
