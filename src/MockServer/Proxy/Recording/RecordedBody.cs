using System.Text.Json;
using System.Text.Json.Nodes;
using Rememberizer.Contract.Pact;

namespace Rememberizer.Contract.MockServer.Proxy.Recording;

/// <summary>
/// A recorded JSON answer as a pact expects it: the shape kept, the values left to the account. Every value is
/// matched by its type (the real account's documents, names and dates are not the mock's), every array by the shape
/// of its first item, in any number (an empty list on one side is still a list); a <c>null</c> stays exactly null.
/// Values of credential fields (keys, tokens, secrets) are replaced by a mask of the same type: never recorded.
/// </summary>
public static class RecordedBody
{
    public const string Masked = "••••••••";

    private static readonly HashSet<string> CredentialNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "api_key", "key", "token", "access", "refresh", "access_token", "refresh_token", "id_token", "password", "client_secret",
        "code_verifier", "secret",
    };

    /// <summary>The matcher tree of <paramref name="json"/>, or null when it is not JSON.</summary>
    public static object? Expectation(string json)
    {
        try
        {
            return Typed(JsonNode.Parse(json), name: null);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary><paramref name="json"/> with the values of credential fields masked, for a recorded request body.</summary>
    public static string WithoutCredentials(string json)
    {
        try
        {
            var node = JsonNode.Parse(json);
            Mask(node);
            return node?.ToJsonString() ?? json;
        }
        catch (JsonException)
        {
            return json;
        }
    }

    public static bool IsCredential(string name) => CredentialNames.Contains(name) || name.Contains("password", StringComparison.OrdinalIgnoreCase);

    private static object? Typed(JsonNode? node, string? name) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(p => p.Key, p => Typed(p.Value, p.Key)),
        JsonArray { Count: 0 } => Match.Type(new JsonArray()),
        JsonArray array => Match.EachLike(Typed(array[0], name) ?? new JsonObject(), min: 0),
        JsonValue value when name is not null && IsCredential(name) && value.GetValueKind() == JsonValueKind.String => Match.Type(Masked),
        JsonValue value => Match.Type(value.DeepClone()),
        _ => node.DeepClone(),
    };

    private static void Mask(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (IsCredential(name) && value is JsonValue)
                    {
                        obj[name] = Masked;
                    }
                    else
                    {
                        Mask(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Mask(item);
                }

                break;
        }
    }
}
