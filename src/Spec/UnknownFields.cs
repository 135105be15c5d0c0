using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Rememberizer.Contract.Spec;

/// <summary>
/// Finds fields a body carries that its schema does not describe. JSON Schema lets them through by default;
/// a consumer relying on a field the provider never promised is exactly the drift contract tests exist to catch.
/// An object whose schema names no properties, or maps any key to a typed value (<c>additionalProperties</c> with a
/// schema), holds data keys rather than fields: its keys are never reported, its values still are looked into.
/// </summary>
internal static class UnknownFields
{
    public static IEnumerable<Violation> Find(JsonSchema schema, JToken token, ViolationLocation location, string path = "")
    {
        var actual = schema.ActualSchema;
        switch (token)
        {
            case JObject obj when actual.ActualProperties.Count > 0 || actual.AdditionalPropertiesSchema is not null:
                foreach (var property in obj.Properties())
                {
                    var field = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    var propertySchema = actual.ActualProperties.TryGetValue(property.Name, out var named) ? named : actual.AdditionalPropertiesSchema;
                    if (propertySchema is null)
                    {
                        yield return new Violation(location, field, ViolationKind.NotAllowed, "The contract does not define this field.");
                        continue;
                    }

                    foreach (var nested in Find(propertySchema, property.Value, location, field))
                    {
                        yield return nested;
                    }
                }

                break;
            case JArray array when actual.Item is { } itemSchema:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var nested in Find(itemSchema, array[i], location, $"{path}[{i}]"))
                    {
                        yield return nested;
                    }
                }

                break;
        }
    }
}
