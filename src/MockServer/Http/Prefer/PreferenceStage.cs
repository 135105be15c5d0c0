using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.MockServer.Http.Resolve;

namespace Rememberizer.Contract.MockServer.Http.Prefer;

/// <summary>
/// Stage 4, preferences: applies <see cref="Preferences"/> to a request that passed validation, so frontends can
/// rehearse slow networks and every declared answer without arranging the state for it. A forced status serves
/// the spec's example for it (typed, with its declared headers) and never reaches the fake, so nothing changes;
/// a status the operation does not declare is refused, keeping the mock inside the contract.
/// </summary>
public sealed class PreferenceStage(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Headers.ContainsKey("Prefer") || context.Exchange() is not { } exchange)
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

        if (exchange.Operation?.ExampleFor(code) is not { } example)
        {
            var declared = exchange.Operation is null ? "no such operation" : $"declared: {string.Join(", ", exchange.Operation.DeclaredStatuses)}";
            await DrfErrors.WriteDetailAsync(context, StatusCodes.Status400BadRequest, $"Prefer: code={code} is not a response of this operation ({declared}).");
            return;
        }

        context.Response.StatusCode = code;
        context.Response.Headers["Preference-Applied"] = $"code={code}";
        foreach (var (name, value) in example.Headers)
        {
            context.Response.Headers.Append(name, value);
        }

        if (example.Body is { } body)
        {
            context.Response.ContentType = example.ContentType;
            await context.Response.WriteAsync(body, context.RequestAborted);
        }
    }
}
