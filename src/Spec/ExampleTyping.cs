using System.Globalization;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Rememberizer.Contract.Spec;

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
