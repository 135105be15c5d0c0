using Rememberizer.Contract.MockServer.Http.Resolve;

namespace Rememberizer.Contract.MockServer.Proxy.Forwarding;

/// <summary>
/// The proxy's resolve stage: the contract operation of an API request, found from its method and path (no
/// controller answers it here), carried on the request as the mock's stages carry it, so the request log and the
/// terminal see proxied requests as they see served ones. Unlike the mock, the proxy applies no leniency: the
/// upstream gets the request as the client sent it.
/// </summary>
public sealed class ProxyResolution(RequestDelegate next, ContractCatalog catalog)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(OperationResolution.ApiPrefix))
        {
            await next(context);
            return;
        }

        var document = await catalog.Document;
        var operation = document.Find(context.Request.Method, context.Request.Path.Value ?? "/");
        context.Features.Set(new ContractExchange(operation, context.Request.QueryString.Value ?? ""));
        await next(context);
    }
}
