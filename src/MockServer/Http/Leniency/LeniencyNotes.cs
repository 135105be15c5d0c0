using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Http.Leniency;

/// <summary>
/// What the mock let through that the contract words more strictly (empty query values, a path without the
/// trailing slash the contract shows, a field's alias), so <c>/_mock/requests</c> shows where a client leans on
/// the real API's leniency.
/// </summary>
public static class LeniencyNotes
{
    private const string ItemKey = "mock.leniency";

    public static void Note(HttpContext context, string note)
    {
        if (context.Items[ItemKey] is not List<string> notes)
        {
            context.Items[ItemKey] = notes = [];
        }

        notes.Add(note);
    }

    /// <summary>Every note of the request, including a trailing slash that differs from the contract's path.</summary>
    public static IReadOnlyList<string> Of(HttpContext context, ContractOperation? operation)
    {
        var notes = context.Items[ItemKey] as List<string>;
        if (operation is not null && SlashDifference(operation.FullPathTemplate, context.Request.Path.Value ?? "/") is { } slash)
        {
            (notes ??= []).Add(slash);
        }

        return notes ?? [];
    }

    private static string? SlashDifference(string template, string path)
    {
        var contractHasSlash = template.EndsWith('/');
        return contractHasSlash == path.EndsWith('/') ? null
            : contractHasSlash ? "Path without the trailing slash the contract shows; served anyway."
            : "Path with a trailing slash the contract does not show; served anyway.";
    }
}
