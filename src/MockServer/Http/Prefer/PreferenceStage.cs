using Microsoft.Extensions.Options;
using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.MockServer.Http.Resolve;

namespace Rememberizer.Contract.MockServer.Http.Prefer;

/// <summary>
/// Stage 4, preferences: applies what the request's <c>Prefer</c> header and the stored preferences ask for (see
/// <see cref="PreferenceResolution"/>) to a request that passed authentication and validation, so frontends can
/// rehearse slow networks, outages and every declared answer without arranging the state for it. A chosen answer
/// is the spec's example (typed, with its declared headers) and never reaches the fake, so nothing changes; a
/// fault drops or holds the connection. Requests without a header while nothing is stored pass at the cost of a
/// header lookup and one volatile read, allocating nothing.
/// </summary>
public sealed class PreferenceStage(RequestDelegate next, IOptions<MockServerOptions> options)
{
    private const string PreferHeader = "Prefer";
    private readonly TimeSpan _timeoutBound = TimeSpan.FromSeconds(options.Value.FaultTimeoutSeconds);

    // Not async itself: a request with nothing to apply goes straight on, without a state machine of this stage's.
    // The stored preferences are the request's tenant's.
    public Task InvokeAsync(HttpContext context, StoredPreferences stored) =>
        stored.IsEmpty && !context.Request.Headers.ContainsKey(PreferHeader) ? next(context) : ApplyAsync(context, stored);

    private async Task ApplyAsync(HttpContext context, StoredPreferences stored)
    {
        var headers = context.Request.Headers;
        if (context.Exchange() is not { } exchange)
        {
            await next(context);
            return;
        }

        if (!Preferences.TryParse(headers[PreferHeader], out var requested, out var error))
        {
            await DrfErrors.WriteDetailAsync(context, StatusCodes.Status400BadRequest, error);
            return;
        }

        var (resolution, refusal) = await PreferenceResolution.ResolveAsync(exchange.Operation, requested, stored);
        if (resolution is not { } resolved)
        {
            await DrfErrors.WriteDetailAsync(context, StatusCodes.Status400BadRequest, refusal);
            return;
        }

        if (resolved.Applied.IsEmpty)
        {
            await next(context);
            return;
        }

        // Said on every answer the preferences shape (a fault's 504 too); a reset or empty one sends no headers at all.
        var echo = resolved.Echo;
        exchange.AppliedPreferences = echo;
        context.Response.Headers["Preference-Applied"] = echo;
        if (resolved.Applied.Delay is { } delay && !await DelayAsync(context, exchange, delay))
        {
            return;
        }

        if (resolved.Applied.Fault is { } fault)
        {
            exchange.OutsideContract = true;
            await FaultInjection.ApplyAsync(context, exchange, fault, _timeoutBound);
            return;
        }

        if (resolved.Answer is not { } answer)
        {
            await next(context);
            return;
        }

        exchange.OutsideContract = answer.Undeclared;
        var example = answer.Example;
        if (answer.NeedsRequestText)
        {
            await DrfErrors.WriteDetailAsync(context, example.Status, DrfStatusText.For(example.Status, context));
            return;
        }

        context.Response.StatusCode = example.Status;
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

    /// <summary>Waits; false when the client gave up meanwhile (logged as unanswered, not as a failure).</summary>
    private static async Task<bool> DelayAsync(HttpContext context, ContractExchange exchange, TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, context.RequestAborted);
            return true;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            exchange.Unanswered = true;
            return false;
        }
    }
}
