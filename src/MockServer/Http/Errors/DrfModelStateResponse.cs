using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Rememberizer.Contract.MockServer.Http.Errors;

/// <summary>
/// Backstop for anything model binding rejects after the contract validator let it through: the same DRF field
/// shape, keyed by the wire name of the field.
/// </summary>
public static class DrfModelStateResponse
{
    public static IActionResult Create(ActionContext context) => DrfErrors.Fields(ToFields(context.ModelState));

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ToFields(ModelStateDictionary modelState) =>
        modelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .GroupBy(entry => FieldName(entry.Key))
            .ToDictionary(
                group => group.Key,
                group => (IReadOnlyList<string>)[.. group.SelectMany(e => e.Value!.Errors).Select(Message).Distinct()]);

    private static string FieldName(string key)
    {
        var name = key.StartsWith("$.", StringComparison.Ordinal) ? key[2..]
            : key.StartsWith("body.", StringComparison.Ordinal) ? key[5..]
            : key;
        return name is "" or "$" or "body" ? "non_field_errors" : name;
    }

    private static string Message(ModelError error) =>
        error.ErrorMessage.Contains("required", StringComparison.OrdinalIgnoreCase) ? "This field is required."
        : error.Exception is not null || error.ErrorMessage.Contains("JSON", StringComparison.Ordinal) ? "Invalid value."
        : error.ErrorMessage;
}
