using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;
using Rememberizer.Contract.MockServer.Control.Contracts;
using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.MockServer.Http.Prefer;
using Rememberizer.Contract.MockServer.Http.Resolve;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary>
/// Preferences without headers: what a <c>Prefer</c> header asks for, stored for one operation or for all of them,
/// for good or for a number of requests (for apps whose requests cannot be given a header, and for outages that
/// should hit every screen). How stored and header preferences combine is <see cref="PreferenceResolution"/>'s.
/// </summary>
public static class PreferenceEndpoints
{
    public static IResult List([FromServices] StoredPreferences stored) => Results.Ok(stored.All.Select(Describe));

    public static async Task<IResult> CreateAsync(HttpRequest request, [FromServices] StoredPreferences stored, ContractCatalog catalog)
    {
        var (body, rejection) = await ControlBody.ReadAsync(request);
        if (body is null)
        {
            return rejection!;
        }

        var document = await catalog.Document;
        var operationId = body.String("operation_id");
        var prefer = body.String("prefer", required: true);
        var times = body.Integer("times");
        var operation = operationId is null ? null : document.FindById(operationId);
        if (operationId is not null && operation is null)
        {
            body.Refuse("operation_id", NotAChoice(operationId));
        }

        // With an unknown operation_id only the syntax of prefer can be judged.
        var fitsIn = operationId is null ? document.Operations : operation is null ? null : [operation];
        var preferences = Preferences.None;
        if (prefer is not null && Refusal(prefer, fitsIn, out preferences) is { } refusal)
        {
            body.Refuse("prefer", refusal);
        }

        if (times is < 1)
        {
            body.Refuse("times", "Ensure this value is greater than or equal to 1.");
        }

        if (body.Errors.Count > 0)
        {
            return body.Rejection();
        }

        var entry = await stored.AddAsync(operation?.OperationId, prefer!, preferences, times);
        return Results.Json(Describe(entry), statusCode: StatusCodes.Status201Created);
    }

    public static async Task<IResult> ClearAsync([FromServices] StoredPreferences stored, ContractCatalog catalog, [FromQuery(Name = "operation_id")] string? operationId)
    {
        if (operationId is null)
        {
            await stored.ClearAsync();
            return Results.NoContent();
        }

        if ((await catalog.Document).FindById(operationId) is not { } operation)
        {
            return FieldErrorsResult.Single("operation_id", NotAChoice(operationId));
        }

        await stored.ClearAsync(operation.OperationId);
        return Results.NoContent();
    }

    /// <summary>
    /// Why <paramref name="prefer"/> cannot be stored, or null: it must parse, ask for something, and, when it chooses
    /// an answer, fit one of <paramref name="operations"/> (its own operation, or any: a global entry is passed over
    /// where it does not fit, but one that fits nowhere is surely a typing error). No operations: syntax only.
    /// </summary>
    private static string? Refusal(string prefer, IReadOnlyList<ContractOperation>? operations, out Preferences preferences)
    {
        if (!Preferences.TryParse(new StringValues(prefer), out preferences, out var error))
        {
            return error;
        }

        if (preferences.IsEmpty)
        {
            return "Give at least one preference the mock applies: code, example, fault or delay.";
        }

        if (!preferences.ChoosesAnAnswer || operations is null)
        {
            return null;
        }

        if (operations is [var only])
        {
            return ForcedAnswer.TryChoose(only, preferences.Code, preferences.Example, out _, out var refusal) ? null : refusal;
        }

        var chosen = preferences;
        return operations.Any(o => ForcedAnswer.TryChoose(o, chosen.Code, chosen.Example, out _, out _))
            ? null
            : $"Prefer: {preferences} fits no operation of the contract.";
    }

    private static string NotAChoice(string operationId) => $"\"{operationId}\" is not a valid choice.";

    private static StoredPreferenceEntry Describe(StoredPreference entry) =>
        new(entry.Id, entry.OperationId, entry.Preferences.ToString(), entry.Times, entry.Remaining);
}
