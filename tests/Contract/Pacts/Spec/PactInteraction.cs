using System.Text.Json;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.Tests.Pacts.Spec;

/// <summary>One HTTP interaction of a V4 pact file, read as the spec validator's request and response snapshots.</summary>
public sealed record PactInteraction(string PactFile, string Description, RequestSnapshot Request, ResponseSnapshot Response)
{
    public override string ToString() => $"{Path.GetFileName(PactFile)}: {Description}";

    public static IEnumerable<PactInteraction> ReadAll(string pactFile)
    {
        using var pact = JsonDocument.Parse(File.ReadAllText(pactFile));
        foreach (var interaction in pact.RootElement.GetProperty("interactions").EnumerateArray())
        {
            var request = interaction.GetProperty("request");
            var response = interaction.GetProperty("response");
            var requestHeaders = Headers(request);
            var responseHeaders = Headers(response);
            yield return new PactInteraction(
                pactFile,
                interaction.GetProperty("description").GetString()!,
                new RequestSnapshot(
                    request.GetProperty("method").GetString()!,
                    request.GetProperty("path").GetString()!,
                    Query(request),
                    First(requestHeaders, "Content-Type") ?? ContentTypeOf(request),
                    Body(request)),
                new ResponseSnapshot(
                    response.GetProperty("status").GetInt32(),
                    responseHeaders,
                    First(responseHeaders, "Content-Type") ?? ContentTypeOf(response),
                    Body(response)));
        }
    }

    private static Dictionary<string, IReadOnlyList<string>> Headers(JsonElement part) =>
        part.TryGetProperty("headers", out var headers)
            ? headers.EnumerateObject().ToDictionary(h => h.Name, h => Values(h.Value), StringComparer.OrdinalIgnoreCase)
            : new(StringComparer.OrdinalIgnoreCase);

    private static List<KeyValuePair<string, string>> Query(JsonElement request) =>
        request.TryGetProperty("query", out var query)
            ? [.. query.EnumerateObject().SelectMany(q => Values(q.Value).Select(v => new KeyValuePair<string, string>(q.Name, v)))]
            : [];

    private static IReadOnlyList<string> Values(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(v => v.GetString() ?? "")] : [value.GetString() ?? ""];

    private static string? First(Dictionary<string, IReadOnlyList<string>> headers, string name) =>
        headers.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;

    private static string? ContentTypeOf(JsonElement part) =>
        part.TryGetProperty("body", out var body) && body.TryGetProperty("contentType", out var type) ? type.GetString() : null;

    /// <summary>V4 pacts keep the body as <c>{"content": …, "contentType": …, "encoded": …}</c>.</summary>
    private static string? Body(JsonElement part)
    {
        if (!part.TryGetProperty("body", out var body) || !body.TryGetProperty("content", out var content))
        {
            return null;
        }

        return content.ValueKind == JsonValueKind.String ? content.GetString() : content.GetRawText();
    }
}
