using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Rememberizer.Contract.Spec;

/// <summary>
/// Finds fields a body carries that its schema does not describe. JSON Schema lets them through by default;
/// a consumer relying on a field the provider never promised is exactly the drift contract tests exist to catch.
/// </summary>
internal static class UnknownFields
{
    public static IEnumerable<Violation> Find(JsonSchema schema, JToken token, ViolationLocation location, string path = "")
    {
        var actual = schema.ActualSchema;
        switch (token)
        {
            case JObject obj when actual.ActualProperties.Count > 0 && actual.AdditionalPropertiesSchema is null:
                foreach (var property in obj.Properties())
                {
                    var field = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    if (!actual.ActualProperties.TryGetValue(property.Name, out var propertySchema))
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
