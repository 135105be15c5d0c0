using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.MockServer.Http.Validation;

namespace Rememberizer.Contract.MockServer.Http.Prefer;

/// <summary>
/// Applies <see cref="Preferences"/> to API requests at the edge, so frontends can rehearse slow networks and
/// every declared error screen without arranging the state for it. A forced status never reaches the fake, so
/// nothing changes; a status the operation does not declare is refused, keeping the mock inside the contract.
/// </summary>
public sealed class PreferMiddleware(RequestDelegate next, ContractCatalog catalog)
{
    private const string ApiPrefix = "/api/v1";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Headers.ContainsKey("Prefer") || !context.Request.Path.StartsWithSegments(ApiPrefix))
        {
            await next(context);
            return;
        }

        if (!Preferences.TryParse(context.Request.Headers["Prefer"], out var preferences, out var error))
        {
            await DrfErrors.WriteDetailAsync(context, StatusCodes.Status400BadRequest, error);
            return;
        }

        if (preferences.Delay is { } delay)
        {
            await Task.Delay(delay, context.RequestAborted);
        }

        if (preferences.Code is not { } code)
        {
            await next(context);
            return;
        }

        var operation = (await catalog.Document).Find(context.Request.Method, context.Request.Path.Value ?? "/");
        if (operation?.ExampleFor(code) is not { } example)
        {
            var declared = operation is null ? "no such operation" : $"declared: {string.Join(", ", operation.DeclaredStatuses)}";
            await DrfErrors.WriteDetailAsync(context, StatusCodes.Status400BadRequest, $"Prefer: code={code} is not a response of this operation ({declared}).");
            return;
        }

        context.Response.StatusCode = code;
        context.Response.Headers["Preference-Applied"] = $"code={code}";
        if (example.Json is { } json)
        {
            context.Response.ContentType = example.ContentType;
            await context.Response.WriteAsync(json, context.RequestAborted);
        }
    }
}
