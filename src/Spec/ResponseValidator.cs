using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NSwag;

namespace Rememberizer.Contract.Spec;

/// <summary>Checks a response against its operation: status declared, declared headers present, body valid.</summary>
public static class ResponseValidator
{
    /// <summary>
    /// Checks a response a consumer expects (a pact interaction): the same rules, except that leaving out fields the
    /// consumer does not need is fine, while fields the contract does not define are not.
    /// </summary>
    public static IReadOnlyList<Violation> ValidateExpectation(ContractOperation operation, ResponseSnapshot expected)
    {
        var violations = Validate(operation, expected).Where(v => v.Kind is not (ViolationKind.Required or ViolationKind.MissingHeader)).ToList();
        violations.AddRange(UndeclaredFields(operation, expected));
        return violations;
    }

    /// <summary>
    /// The fields a JSON body carries that the declared schema of its status does not name, also where the schema
    /// lets extra fields through (as JSON Schema does by default): what a provider sends beyond its contract. Each is a
    /// <see cref="ViolationKind.NotAllowed"/> violation of the field's path.
    /// </summary>
    public static IEnumerable<Violation> UndeclaredFields(ContractOperation operation, ResponseSnapshot response) =>
        TryParse(response.Body, out _) is { } token
        && operation.Definition.ActualResponses.TryGetValue(response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var declared)
        && declared.ActualResponse.Content.Values.FirstOrDefault()?.Schema is { } schema
            ? UnknownFields.Find(schema, token, ViolationLocation.ResponseBody)
            : [];

    public static IReadOnlyList<Violation> Validate(ContractOperation operation, ResponseSnapshot response)
    {
        var status = response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.Definition.ActualResponses.TryGetValue(status, out var declared)
            && !operation.Definition.ActualResponses.TryGetValue("default", out declared))
        {
            var known = string.Join(", ", operation.Definition.ActualResponses.Keys);
            return [new Violation(ViolationLocation.Status, status, ViolationKind.UndeclaredStatus,
                $"Status {status} is not declared for {operation.OperationId} (declared: {known}).")];
        }

        var violations = new List<Violation>();
        var actual = declared.ActualResponse;
        foreach (var header in actual.Headers.Keys)
        {
            if (!response.Headers.Any(h => string.Equals(h.Key, header, StringComparison.OrdinalIgnoreCase) && h.Value.Count > 0))
            {
                violations.Add(new Violation(ViolationLocation.ResponseHeader, header, ViolationKind.MissingHeader,
                    $"The declared header {header} is missing."));
            }
        }

        violations.AddRange(ValidateBody(actual, response));
        return violations;
    }

    private static IEnumerable<Violation> ValidateBody(OpenApiResponse declared, ResponseSnapshot response)
    {
        var hasBody = !string.IsNullOrEmpty(response.Body);
        if (declared.Content.Count == 0)
        {
            if (hasBody)
            {
                yield return new Violation(ViolationLocation.ResponseBody, Violation.NonFieldErrors, ViolationKind.UnexpectedBody,
                    "The contract declares no body for this status, but one was sent.");
            }

            yield break;
        }

        var mediaType = (response.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        if (!declared.Content.TryGetValue(mediaType, out var media))
        {
            yield return new Violation(ViolationLocation.ResponseBody, Violation.NonFieldErrors, ViolationKind.UnsupportedMediaType,
                $"Content type \"{mediaType}\" is not declared (declared: {string.Join(", ", declared.Content.Keys)}).");
            yield break;
        }

        var token = TryParse(response.Body, out var parseError);
        if (token is null)
        {
            yield return new Violation(ViolationLocation.ResponseBody, Violation.NonFieldErrors, ViolationKind.Malformed, parseError);
            yield break;
        }

        if (media.Schema is null)
        {
            yield break;
        }

        foreach (var violation in SchemaErrors.Validate(media.Schema, token, ViolationLocation.ResponseBody))
        {
            yield return violation;
        }
    }

    private static JToken? TryParse(string? body, out string error)
    {
        error = "";
        try
        {
            using var reader = JsonText.Reader(body ?? "");
            return JToken.ReadFrom(reader);
        }
        catch (JsonReaderException exception)
        {
            error = exception.Message;
            return null;
        }
    }
}
