using Rememberizer.Contract.MockServer.Http.Resolve;

namespace Rememberizer.Contract.MockServer.Proxy.Forwarding;

/// <summary>
/// The proxy's resolve stage: the contract operation of an API request, found from its method and path (no
/// controller answers it here), carried on the request as the mock's stages carry it, so the request log and the
/// terminal see proxied requests as they see served ones. Unlike the mock, the proxy applies no leniency: the
/// upstream gets the request as the client sent it. Forwarded: <c>/api/v1</c>, and the unversioned <c>/api/me</c>.
/// </summary>
public sealed class ProxyResolution(RequestDelegate next, ContractCatalog catalog)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The OAuth walkthrough's /api/me goes upstream as sent and is checked as /api/v1/me/, the operation serve
        // answers it with.
        var path = context.Request.Path;
        var contractPath = UnversionedMe.Is(path) ? UnversionedMe.Versioned : path;
        if (!contractPath.StartsWithSegments(OperationResolution.ApiPrefix))
        {
            await next(context);
            return;
        }

        var document = await catalog.Document;
        var operation = document.Find(context.Request.Method, contractPath.Value ?? "/");
        context.Features.Set(new ContractExchange(operation, context.Request.QueryString.Value ?? ""));
        await next(context);
    }
}
