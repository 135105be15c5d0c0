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

    /// <summary>A string field, trimmed as DRF's CharField trims unless <paramref name="trim"/> is off (passwords).</summary>
    public string? String(string name, bool required = false, bool trim = true)
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
        return text.Length == 0 ? Refuse<string>(name, "This field may not be blank.") : text;
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
