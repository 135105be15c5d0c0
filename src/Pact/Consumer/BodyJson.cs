using System.Text.Json;

namespace Rememberizer.Contract.Pact;

internal static class BodyJson
{
    public const string ContentType = "application/json";

    public static string Serialize(object body, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(body);
        return JsonSerializer.Serialize(body, body.GetType(), options);
    }
}
