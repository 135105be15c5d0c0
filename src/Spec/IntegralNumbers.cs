using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Rememberizer.Contract.Spec;

/// <summary>
/// DRF's IntegerField takes <c>5.0</c> (and <c>"5.0"</c> in a query) as 5: it drops a fraction of zeros before
/// parsing. Clients whose tool schemas declare counts as JSON "number" (the official vector-store MCP server's
/// <c>n</c>, <c>n_chunks</c>, <c>page</c>) send exactly that. These rewrite such values where the contract wants
/// an integer, so validation and binding see the integer the real API would.
/// </summary>
public static partial class IntegralNumbers
{
    /// <summary>"5.0" → "5"; null when the text is not an integer written with a zero fraction.</summary>
    public static string? AsInteger(string text) => ZeroFraction().Match(text) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>The JSON body with every integral float at an integer position written as an integer; null when
    /// nothing changed (or the body is not JSON: the validator reports that).</summary>
    public static string? Normalize(JsonSchema schema, string json)
    {
        if (!HasDigitBeforePoint(json))
        {
            return null;
        }

        JToken token;
        try
        {
            using var reader = JsonText.Reader(json, FloatParseHandling.Decimal);
            token = JToken.ReadFrom(reader);
        }
        catch (JsonReaderException)
        {
            return null;
        }

        return Rewrite(token, schema.ActualSchema) ? token.ToString(Formatting.None) : null;
    }

    // A JSON number with a fraction has a digit right before its point; most bodies have none (an e-mail address's
    // points follow letters), and then there is nothing to parse for.
    private static bool HasDigitBeforePoint(string json)
    {
        for (var at = json.Length > 1 ? json.IndexOf('.', 1) : -1; at > 0; at = json.IndexOf('.', at + 1))
        {
            if (char.IsAsciiDigit(json[at - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Rewrite(JToken token, JsonSchema schema)
    {
        var changed = false;
        switch (token)
        {
            case JObject obj:
                foreach (var property in obj.Properties())
                {
                    if (schema.ActualProperties.TryGetValue(property.Name, out var propertySchema))
                    {
                        changed |= RewriteValue(property, propertySchema.ActualSchema);
                    }
                }

                break;
            case JArray array when schema.Item is { } item:
                foreach (var element in array.ToList())
                {
                    changed |= Rewrite(element, item.ActualSchema);
                }

                break;
        }

        return changed;
    }

    private static bool RewriteValue(JProperty property, JsonSchema schema)
    {
        if (property.Value is JValue { Type: JTokenType.Float } number && schema.Type.HasFlag(JsonObjectType.Integer)
            && Convert.ToDecimal(number.Value, CultureInfo.InvariantCulture) is var value && value == decimal.Truncate(value)
            && value is >= long.MinValue and <= long.MaxValue)
        {
            property.Value = new JValue((long)value);
            return true;
        }

        return Rewrite(property.Value, schema);
    }

    [GeneratedRegex(@"^\s*(-?\d+)\.0+\s*$")]
    private static partial Regex ZeroFraction();
}
