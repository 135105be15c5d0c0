using System.Globalization;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.State;
using Rememberizer.Contract.Fake.Tenants;
using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.MockServer.Tenants;

namespace Rememberizer.Contract.MockServer.Http.Resolve;

/// <summary>
/// Stage 1, resolve, first part: which tenant the request acts on. A tenant is named by the <c>X-Mock-Tenant</c>
/// header, or by a <c>/t/NAME/</c> prefix for clients that can only change their base URL (browsers, MCP servers,
/// LangChain); the prefix becomes the request's path base, so routing, pagination links and cookie paths all work
/// under it unchanged. A request naming none costs one header lookup and acts on the default tenant. Either way the
/// request's services become the tenant's (<see cref="Tenant.Over"/>): everything below — middleware, handlers,
/// controllers, control endpoints — asks <c>RequestServices</c> and gets the tenant's user store, clock and log.
/// </summary>
public sealed class TenantResolution(RequestDelegate next, TenantRegistry tenants, IOptions<TenantOptions> options, IStateStore store)
{
    public const string Header = "X-Mock-Tenant";
    public const string PathPrefix = "/t/";

    // With a store other processes write too (SQLite, Redis), every request first catches up with the tenant's
    // recorded changes, so it reads what any process wrote before it: one cheap query when nothing is new.
    private readonly bool _catchUp = store.IsDurable;

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var fromPath = PathTenant(request.Path.Value, out var rest);
        var fromHeader = request.Headers[Header];
        if (fromPath is null && fromHeader.Count == 0)
        {
            return ActAsync(context, tenants.Default);
        }

        var given = fromPath ?? fromHeader.ToString();
        if (TenantName.Normalize(given) is not { } name)
        {
            return DrfErrors.WriteDetailAsync(context, StatusCodes.Status400BadRequest,
                $"Invalid tenant \"{given}\" ({(fromPath is null ? Header : "path prefix /t/NAME/")}): {TenantName.Rule}.");
        }

        if (fromPath is not null && fromHeader.Count > 0 && TenantName.Normalize(fromHeader.ToString()) != name)
        {
            return DrfErrors.WriteDetailAsync(context, StatusCodes.Status400BadRequest,
                $"The path names tenant \"{fromPath}\" and {Header} names \"{fromHeader}\": name one, or the same in both.");
        }

        if (fromPath is not null)
        {
            request.PathBase = request.PathBase.Add(PathPrefix + fromPath);
            request.Path = rest;
        }

        return NamedAsync(context, name);
    }

    private async Task NamedAsync(HttpContext context, string name)
    {
        if (await tenants.GetOrCreateAsync(name) is not { } tenant)
        {
            await DrfErrors.WriteDetailAsync(context, StatusCodes.Status503ServiceUnavailable, string.Create(CultureInfo.InvariantCulture,
                $"The mock holds {options.Value.MaxTenants} tenants, its limit (Tenants:MaxTenants): remove one with DELETE /_mock/tenants/NAME, or wait until idle ones expire."));
            return;
        }

        await ActAsync(context, tenant);
    }

    private Task ActAsync(HttpContext context, Tenant tenant)
    {
        context.RequestServices = tenant.Over(context.RequestServices);
        if (!_catchUp)
        {
            return next(context);
        }

        // Usually nothing is new and the store says so at once: then the request goes on without a state machine.
        var catchUp = tenant.Journal.CatchUpAsync(context.RequestAborted);
        return catchUp.IsCompletedSuccessfully ? next(context) : CaughtUpAsync(catchUp, context);
    }

    private async Task CaughtUpAsync(ValueTask catchUp, HttpContext context)
    {
        await catchUp;
        await next(context);
    }

    /// <summary>The NAME of a <c>/t/NAME/...</c> path (as written), and the path after it.</summary>
    private static string? PathTenant(string? path, out PathString rest)
    {
        rest = default;
        if (path is null || !path.StartsWith(PathPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = path.IndexOf('/', PathPrefix.Length);
        rest = end < 0 ? new PathString("/") : new PathString(path[end..]);
        return end < 0 ? path[PathPrefix.Length..] : path[PathPrefix.Length..end];
    }
}
