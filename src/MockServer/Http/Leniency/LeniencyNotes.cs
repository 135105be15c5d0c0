using Microsoft.AspNetCore.Routing;

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

    /// <summary>Every note of the request, including a trailing slash that differs from the matched route's.</summary>
    public static IReadOnlyList<string> Of(HttpContext context)
    {
        var notes = context.Items[ItemKey] as List<string>;
        if (SlashDifference(context) is { } slash)
        {
            (notes ??= []).Add(slash);
        }

        return notes ?? [];
    }

    private static string? SlashDifference(HttpContext context)
    {
        if (context.GetEndpoint() is not RouteEndpoint { RoutePattern.RawText: { } template } || context.Request.Path.Value is not { Length: > 1 } path)
        {
            return null;
        }

        var routeHasSlash = template.EndsWith('/');
        var pathHasSlash = path.EndsWith('/');
        return routeHasSlash == pathHasSlash ? null
            : routeHasSlash ? "Path without the trailing slash the contract shows; served anyway."
            : "Path with a trailing slash the contract does not show; served anyway.";
    }
}
