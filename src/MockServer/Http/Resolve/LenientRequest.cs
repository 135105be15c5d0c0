using Microsoft.AspNetCore.Http.Extensions;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Http.Resolve;

/// <summary>
/// The real API's leniency that its own clients rely on, applied to the query before anything reads it: a
/// parameter with an empty value counts as absent (httpx sends a None value as <c>from=</c>, and the official MCP
/// server does so whenever the user gives no dates), an integer written with a zero fraction (<c>n=5.0</c>) is
/// that integer, as DRF's IntegerField reads it; and a path's trailing slash may differ from the contract's
/// (routing already matches both; this only notes it).
/// </summary>
public static class LenientRequest
{
    public static void Apply(HttpRequest request, ContractExchange exchange)
    {
        if (request.QueryString.HasValue && NeedsRewrite(request.Query, exchange.Operation))
        {
            RewriteQuery(request, exchange);
        }

        if (exchange.Operation is { } operation && SlashDifference(operation, request.Path.Value ?? "/") is { } slash)
        {
            exchange.NoteLeniency(slash);
        }
    }

    // Most queries need nothing: look before building anything.
    private static bool NeedsRewrite(IQueryCollection query, ContractOperation? operation)
    {
        foreach (var (name, values) in query)
        {
            foreach (var value in values)
            {
                if (string.IsNullOrEmpty(value) || (value.Contains('.', StringComparison.Ordinal) && IsIntegerParameter(operation, name)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void RewriteQuery(HttpRequest request, ContractExchange exchange)
    {
        var dropped = new List<string>();
        var integral = new List<string>();
        var kept = new QueryBuilder();
        foreach (var (name, values) in request.Query)
        {
            foreach (var value in values)
            {
                if (string.IsNullOrEmpty(value))
                {
                    dropped.Add(name);
                }
                else if (IsIntegerParameter(exchange.Operation, name) && IntegralNumbers.AsInteger(value) is { } integer)
                {
                    integral.Add(name);
                    kept.Add(name, integer);
                }
                else
                {
                    kept.Add(name, value);
                }
            }
        }

        if (dropped.Count == 0 && integral.Count == 0)
        {
            return;
        }

        request.QueryString = kept.ToQueryString();
        if (dropped.Count > 0)
        {
            exchange.NoteLeniency($"Empty query values counted as absent: {string.Join(", ", dropped.Distinct())}.");
        }

        if (integral.Count > 0)
        {
            exchange.NoteLeniency($"Integers written with a zero fraction read as integers: {string.Join(", ", integral.Distinct())}.");
        }
    }

    private static bool IsIntegerParameter(ContractOperation? operation, string name) =>
        operation?.QueryParameters.Any(p => p.Name == name && p.ActualSchema.Type.HasFlag(NJsonSchema.JsonObjectType.Integer)) == true;

    private static string? SlashDifference(ContractOperation operation, string path)
    {
        var contractHasSlash = operation.FullPathTemplate.EndsWith('/');
        return contractHasSlash == path.EndsWith('/') ? null
            : contractHasSlash ? "Path without the trailing slash the contract shows; served anyway."
            : "Path with a trailing slash the contract does not show; served anyway.";
    }
}
