using Microsoft.AspNetCore.Http.Extensions;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Http.Resolve;

/// <summary>
/// The real API's leniency that its own clients rely on, applied before anything reads the request: query
/// parameters with an empty value count as absent (httpx sends a None value as <c>from=</c>, and the official
/// MCP server does so whenever the user gives no dates), and a path's trailing slash may differ from the
/// contract's (routing already matches both; this only notes it).
/// </summary>
public static class LenientRequest
{
    public static void Apply(HttpRequest request, ContractExchange exchange)
    {
        if (request.QueryString.HasValue && request.Query.Any(p => p.Value.Any(string.IsNullOrEmpty)))
        {
            DropEmptyQueryValues(request, exchange);
        }

        if (exchange.Operation is { } operation && SlashDifference(operation, request.Path.Value ?? "/") is { } slash)
        {
            exchange.NoteLeniency(slash);
        }
    }

    private static void DropEmptyQueryValues(HttpRequest request, ContractExchange exchange)
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
        exchange.NoteLeniency($"Empty query values counted as absent: {string.Join(", ", empty)}.");
    }

    private static string? SlashDifference(ContractOperation operation, string path)
    {
        var contractHasSlash = operation.FullPathTemplate.EndsWith('/');
        return contractHasSlash == path.EndsWith('/') ? null
            : contractHasSlash ? "Path without the trailing slash the contract shows; served anyway."
            : "Path with a trailing slash the contract does not show; served anyway.";
    }
}
