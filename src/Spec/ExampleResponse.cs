using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NSwag;

namespace Rememberizer.Contract.Spec;

/// <summary>
/// One answer the spec's examples give for a declared status of an operation: the body typed as its schema says
/// (YAML examples arrive as text, so <c>id: 42</c> would otherwise come out as <c>"42"</c>) and every header the
/// status declares, one value per example of the header (two <c>Set-Cookie</c> headers for a session).
/// <see cref="Name"/> is the key of a named example (the media type's <c>examples</c> map); null for the single
/// <c>example</c> a media type (or its schema) gives, and for a status without a body.
/// </summary>
public sealed record ExampleResponse(int Status, string? Name, string? ContentType, string? Body, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    /// <summary>
    /// Every answer an operation's examples give, status by status in the order the spec declares them: each named
    /// example in map order, or else the one unnamed example. The first answer of a status is its default.
    /// </summary>
    internal static IReadOnlyList<ExampleResponse> AllFor(OpenApiOperation operation)
    {
        var answers = new List<ExampleResponse>();
        foreach (var (key, declared) in operation.ActualResponses)
        {
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var status))
            {
                continue; // "default" is no status a client can ask for
            }

            var response = declared.ActualResponse;
            var headers = response.Headers.SelectMany(h => HeaderValues(h.Value).Select(v => new KeyValuePair<string, string>(h.Key, v))).ToList();
            var media = response.Content.FirstOrDefault();
            if (media.Value is null)
            {
                answers.Add(new ExampleResponse(status, null, null, null, headers));
            }
            else if (media.Value.Examples is { Count: > 0 } named)
            {
                answers.AddRange(named.Select(e => new ExampleResponse(status, e.Key, media.Key, Typed(e.Value.ActualExample.Value, media.Value), headers)));
            }
            else
            {
                answers.Add(new ExampleResponse(status, null, media.Key, Typed(media.Value.Example ?? media.Value.Schema?.ActualSchema.Example, media.Value), headers));
            }
        }

        return answers;
    }

    private static string? Typed(object? example, OpenApiMediaType media) =>
        example is null ? null : ExampleTyping.Coerce(JToken.FromObject(example), media.Schema).ToString(Formatting.None);

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
