using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NSwag;

namespace Rememberizer.Contract.Spec;

/// <summary>Checks a request's path parameters, query and body against its operation in the contract.</summary>
public static class RequestValidator
{
    public static IReadOnlyList<Violation> Validate(ContractOperation operation, RequestSnapshot request)
    {
        var violations = new List<Violation>();
        violations.AddRange(ValidatePath(operation, request.Path, request.PathValues));
        violations.AddRange(ValidateQuery(operation, request.Query));
        if (violations.Count == 0)
        {
            violations.AddRange(ValidateBody(operation, request.ContentType, request.Body));
        }

        return violations;
    }

    public static IEnumerable<Violation> ValidatePath(ContractOperation operation, string path, IReadOnlyDictionary<string, string>? knownValues = null)
    {
        if (operation.PathParameters.Count == 0)
        {
            yield break;
        }

        var values = knownValues ?? operation.PathValues(path);
        foreach (var parameter in operation.PathParameters)
        {
            if (!values.TryGetValue(parameter.Name, out var raw) || Coerce(parameter.ActualSchema, raw) is not { } token
                || OutsideInt32(token) || SchemaErrors.Validate(parameter.ActualSchema, token, ViolationLocation.Path, parameter.Name).Any())
            {
                // DRF's typed URL converters simply do not match, so a malformed id is a 404.
                yield return new Violation(ViolationLocation.Path, parameter.Name, ViolationKind.WrongType, "Not found.");
            }
        }
    }

    public static IEnumerable<Violation> ValidateQuery(ContractOperation operation, IReadOnlyList<KeyValuePair<string, string>> query)
    {
        foreach (var parameter in operation.QueryParameters)
        {
            var values = query.Where(q => q.Key == parameter.Name).Select(q => q.Value).ToList();
            if (values.Count == 0)
            {
                if (parameter.IsRequired)
                {
                    yield return new Violation(ViolationLocation.Query, parameter.Name, ViolationKind.Required, "This field is required.");
                }

                continue;
            }

            var schema = parameter.ActualSchema;
            var token = Coerce(schema, values[^1]);
            if (token is null)
            {
                yield return new Violation(ViolationLocation.Query, parameter.Name, ViolationKind.WrongType, WrongTypeMessage(schema));
                continue;
            }

            if (OutsideInt32(token))
            {
                var bound = token.Value<long>() > 0 ? $"less than or equal to {int.MaxValue}" : $"greater than or equal to {int.MinValue}";
                yield return new Violation(ViolationLocation.Query, parameter.Name, ViolationKind.OutOfBounds, $"Ensure this value is {bound}.");
                continue;
            }

            if (token.Type == JTokenType.String && BlankStrings.IsBlank(schema, values[^1]))
            {
                yield return new Violation(ViolationLocation.Query, parameter.Name, ViolationKind.OutOfBounds, BlankStrings.Message);
                continue;
            }

            foreach (var violation in SchemaErrors.Validate(schema, token, ViolationLocation.Query, parameter.Name))
            {
                yield return violation;
            }
        }
    }

    public static IEnumerable<Violation> ValidateBody(ContractOperation operation, string? contentType, string? body)
    {
        var requestBody = operation.Definition.ActualRequestBody;
        if (requestBody is null)
        {
            yield break;
        }

        var mediaType = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(body) && !requestBody.IsRequired)
        {
            yield break;
        }

        if (!requestBody.Content.TryGetValue(mediaType, out var media))
        {
            var shown = mediaType.Length == 0 ? "" : mediaType;
            yield return new Violation(ViolationLocation.RequestBody, Violation.NonFieldErrors, ViolationKind.UnsupportedMediaType,
                $"Unsupported media type \"{shown}\" in request.");
            yield break;
        }

        if (media.Schema is null || mediaType.StartsWith("multipart/", StringComparison.Ordinal))
        {
            yield break;
        }

        JToken token;
        var parseError = mediaType == "application/x-www-form-urlencoded"
            ? ParseForm(body, out token)
            : ParseJson(body, out token);
        if (parseError is not null)
        {
            yield return new Violation(ViolationLocation.RequestBody, Violation.NonFieldErrors, ViolationKind.Malformed, parseError);
            yield break;
        }

        foreach (var violation in SchemaErrors.Validate(media.Schema, token, ViolationLocation.RequestBody).Concat(BlankStrings.Find(media.Schema, token, ViolationLocation.RequestBody)))
        {
            yield return violation;
        }
    }

    /// <summary>The mock's ids and counts are 32-bit: a larger integer names nothing and counts nothing.</summary>
    private static bool OutsideInt32(JToken token) =>
        token.Type == JTokenType.Integer && token.Value<long>() is > int.MaxValue or < int.MinValue;

    private static string? ParseJson(string? body, out JToken token)
    {
        token = new JObject();
        if (string.IsNullOrWhiteSpace(body))
        {
            return null; // DRF treats an empty body as empty data: every required field is then reported.
        }

        try
        {
            // JSON as the real API and MVC's binder read it, strictly: Newtonsoft alone would let single quotes,
            // trailing commas, comments and leading zeros through, only for the binder to refuse them in its own words.
            using (System.Text.Json.JsonDocument.Parse(body))
            {
            }

            using var reader = JsonText.Reader(body);
            token = HugeIntegers.Clamped(JToken.ReadFrom(reader));
            return null;
        }
        catch (Exception exception) when (exception is JsonReaderException or System.Text.Json.JsonException)
        {
            return $"JSON parse error - {exception.Message}";
        }
    }

    private static string? ParseForm(string? body, out JToken token)
    {
        var form = new JObject();
        foreach (var pair in (body ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            form[Uri.UnescapeDataString(parts[0].Replace('+', ' '))] =
                parts.Length > 1 ? Uri.UnescapeDataString(parts[1].Replace('+', ' ')) : "";
        }

        token = form;
        return null;
    }

    /// <summary>Reads a query or path string as the JSON type its schema declares; null when it cannot be.</summary>
    internal static JToken? Coerce(JsonSchema schema, string raw)
    {
        var type = schema.ActualSchema.Type;
        if (type.HasFlag(JsonObjectType.Integer))
        {
            return long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? new JValue(number) : null;
        }

        if (type.HasFlag(JsonObjectType.Number))
        {
            return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
                ? new JValue(number)
                : null;
        }

        if (type.HasFlag(JsonObjectType.Boolean))
        {
            return raw.ToLowerInvariant() switch
            {
                "true" or "1" => new JValue(true),
                "false" or "0" => new JValue(false),
                _ => null,
            };
        }

        return new JValue(raw);
    }

    private static string WrongTypeMessage(JsonSchema schema) => schema.ActualSchema.Type switch
    {
        var t when t.HasFlag(JsonObjectType.Integer) => "A valid integer is required.",
        var t when t.HasFlag(JsonObjectType.Number) => "A valid number is required.",
        var t when t.HasFlag(JsonObjectType.Boolean) => "Must be a valid boolean.",
        _ => "Invalid value.",
    };
}
