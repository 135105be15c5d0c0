using System.Text.Json;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary>
/// Reads a control API request body the way DRF reads one: malformed JSON is a 400 saying where it broke,
/// anything but an object is a non-field error, and each field is read with its own DRF message, so a wrongly
/// typed field is named instead of failing the whole body (and nothing throws, so nothing is logged as a fault).
/// </summary>
public sealed class ControlBody
{
    private readonly JsonElement _body;
    private readonly Dictionary<string, IReadOnlyList<string>> _errors = [];

    private ControlBody(JsonElement body) => _body = body;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors => _errors;

    /// <summary>The body as an object, or the 400 that answers it.</summary>
    public static async Task<(ControlBody? Body, IResult? Rejection)> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        JsonElement root;
        try
        {
            // An empty body is empty data, as DRF reads it: every required field is then reported.
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text);
            root = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            return (null, DetailResult.BadRequest($"JSON parse error - {exception.Message}"));
        }

        return root.ValueKind == JsonValueKind.Object
            ? (new ControlBody(root), null)
            : (null, FieldErrorsResult.Single("non_field_errors", $"Invalid data. Expected a dictionary, but got {root.ValueKind.ToString().ToLowerInvariant()}."));
    }

    /// <summary>
    /// A string field, trimmed as DRF's CharField trims unless <paramref name="trim"/> is off (passwords); blank is
    /// refused unless <paramref name="allowBlank"/>, as DRF's <c>allow_blank</c>.
    /// </summary>
    public string? String(string name, bool required = false, bool trim = true, bool allowBlank = false)
    {
        if (!Present(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || Text(value) is not { } raw)
        {
            return Refuse<string>(name, "Not a valid string.");
        }

        var text = trim ? raw.Trim() : raw;
        return text.Length == 0 && !allowBlank ? Refuse<string>(name, "This field may not be blank.") : text;
    }

    /// <summary>
    /// An object field whose values the caller reads itself (a Pact state's parameters); a key or string value with no
    /// text (a lone surrogate) is refused here, so the caller can read every string it gets.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement>? Object(string name, bool required = false)
    {
        if (!Present(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return Refuse<IReadOnlyDictionary<string, JsonElement>>(name, $"Expected a dictionary of items but got type \"{TypeName(value)}\".");
        }

        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (Text(property) is not { } key || (property.Value.ValueKind == JsonValueKind.String && Text(property.Value) is null))
            {
                return Refuse<IReadOnlyDictionary<string, JsonElement>>(name, "Not a valid string.");
            }

            fields[key] = property.Value;
        }

        return fields;
    }

    public int? Integer(string name, bool required = false) =>
        Present(name, required, out var value)
            ? value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : Refuse<int?>(name, "A valid integer is required.")
            : null;

    public double? Number(string name, bool required = false) =>
        Present(name, required, out var value)
            ? value.ValueKind == JsonValueKind.Number ? value.GetDouble() : Refuse<double?>(name, "A valid number is required.")
            : null;

    public bool? Boolean(string name, bool required = false) =>
        Present(name, required, out var value)
            ? value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : Refuse<bool?>(name, "Must be a valid boolean.")
            : null;

    /// <summary>Adds an error found by the caller's own rules (a length, a format).</summary>
    public void Refuse(string name, string message) => _errors[name] = [message];

    public IResult Rejection() => new FieldErrorsResult(_errors);

    /// <summary>
    /// A string's text, or null when JSON escapes a lone surrogate (<c>"\ud800"</c>): valid JSON, but no text, and
    /// <see cref="JsonElement.GetString"/> throws on it, which would answer 500.
    /// </summary>
    private static string? Text(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>A property's name, or null when it escapes a lone surrogate (see <see cref="Text(JsonElement)"/>).</summary>
    private static string? Text(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The type DRF names in its messages: Python's.</summary>
    private static string TypeName(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => "list",
        JsonValueKind.String => "str",
        JsonValueKind.Number => value.TryGetInt64(out _) ? "int" : "float",
        _ => "bool",
    };

    private bool Present(string name, bool required, out JsonElement value)
    {
        if (_body.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            Refuse(name, "This field is required.");
        }

        return false;
    }

    private T? Refuse<T>(string name, string message)
    {
        Refuse(name, message);
        return default;
    }
}
