using Microsoft.AspNetCore.Http.Extensions;

namespace Rememberizer.Contract.MockServer.Http.Leniency;

/// <summary>
/// Drops query parameters sent with an empty value (<c>from=&amp;to=</c>) before validation and binding, so they
/// count as absent, as on the real API: HTTP libraries such as httpx send a parameter whose value is None that
/// way, and the official MCP server does so whenever the user gives no dates.
/// </summary>
public sealed class EmptyQueryValuesMiddleware(RequestDelegate next)
{
    private const string ApiPrefix = "/api/v1";

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.QueryString.HasValue && request.Path.StartsWithSegments(ApiPrefix)
            && request.Query.Any(p => p.Value.Any(string.IsNullOrEmpty)))
        {
            var empty = request.Query.Where(p => p.Value.All(string.IsNullOrEmpty)).Select(p => p.Key).ToList();
            var kept = new QueryBuilder();
            foreach (var (name, values) in request.Query)
            {
                foreach (var value in values.Where(v => !string.IsNullOrEmpty(v)))
                {
                    kept.Add(name, value!);
                }
            }

            request.QueryString = kept.ToQueryString();
            LeniencyNotes.Note(context, $"Empty query values counted as absent: {string.Join(", ", empty)}.");
        }

        return next(context);
    }
}
