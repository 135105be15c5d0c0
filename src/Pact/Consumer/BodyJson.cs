using System.Text.Encodings.Web;
using System.Text.Json;

namespace Rememberizer.Contract.Pact;

internal static class BodyJson
{
    public const string ContentType = "application/json";

    public static readonly JsonSerializerOptions Default = CreateDefaultOptions();

    /// <summary>
    /// Property names as written, and no HTML-safe escaping: the JSON only goes to pact_ffi and the
    /// pact file, where <c>'</c> or <c>+</c> (common in date formats and regexes) should read as typed.
    /// </summary>
    public static JsonSerializerOptions CreateDefaultOptions() => new(JsonSerializerDefaults.General)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(object body, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(body);
        return JsonSerializer.Serialize(body, body.GetType(), options);
    }
}
