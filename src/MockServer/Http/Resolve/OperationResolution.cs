using Microsoft.AspNetCore.Mvc.Controllers;

namespace Rememberizer.Contract.MockServer.Http.Resolve;

/// <summary>
/// Stage 1, resolve: finds the contract operation of an API request once, from the endpoint routing chose (an
/// action's name is the spec's operationId), and carries it on the request as a <see cref="ContractExchange"/>
/// for every later stage; then applies the real API's leniency. Requests outside <c>/api/v1</c> pass untouched.
/// </summary>
public sealed class OperationResolution(RequestDelegate next, ContractCatalog catalog)
{
    public const string ApiPrefix = "/api/v1";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(ApiPrefix))
        {
            await next(context);
            return;
        }

        var operation = context.GetEndpoint()?.Metadata.GetMetadata<ControllerActionDescriptor>() is { } action
            ? await catalog.ForActionAsync(action)
            : null;
        var exchange = new ContractExchange(operation, context.Request.QueryString.Value ?? "");
        context.Features.Set(exchange);
        LenientRequest.Apply(context.Request, exchange);
        await next(context);
    }
}
