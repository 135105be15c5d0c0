using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Rememberizer.Contract.Spec;

/// <summary>
/// DRF's CharField trims whitespace before it checks the value, so "   " is as blank as "" for a field that may
/// not be blank (minLength 1). JSON Schema counts the spaces; this finds such values. Fields marked
/// <c>x-trim-whitespace: false</c> (passwords, as in DRF's authentication serializers) are not trimmed.
/// </summary>
internal static class BlankStrings
{
    public const string Message = "This field may not be blank.";

    public static IEnumerable<Violation> Find(JsonSchema schema, JToken token, ViolationLocation location, string path = "")
    {
        var actual = schema.ActualSchema;
        switch (token)
        {
            case JObject obj:
                foreach (var property in obj.Properties())
                {
                    if (actual.ActualProperties.TryGetValue(property.Name, out var propertySchema))
                    {
                        foreach (var violation in Find(propertySchema, property.Value, location, path.Length == 0 ? property.Name : $"{path}.{property.Name}"))
                        {
                            yield return violation;
                        }
                    }
                }

                break;
            case JValue { Type: JTokenType.String } text when IsBlank(actual, text.Value<string>()!):
                yield return new Violation(location, path.Length == 0 ? Violation.NonFieldErrors : path, ViolationKind.OutOfBounds, Message);
                break;
        }
    }

    /// <summary>Whitespace only, where the schema wants at least one character of a trimmed string.</summary>
    public static bool IsBlank(JsonSchema schema, string value) =>
        value.Length > 0 && string.IsNullOrWhiteSpace(value) && schema.MinLength >= 1
        && !(schema.ExtensionData?.TryGetValue("x-trim-whitespace", out var trim) == true && trim is false or "false");
}
