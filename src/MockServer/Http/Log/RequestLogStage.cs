using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.MockServer.Http.Resolve;

namespace Rememberizer.Contract.MockServer.Http.Log;

/// <summary>
/// Stage 6, log: wraps every stage after resolution, so it sees the final status whoever answered (the
/// authentication challenge, the validator, a preference or the fake), and writes the exchange to the bounded
/// <see cref="RequestLog"/>, a request a fault left unanswered too. The response body is tapped on its way out
/// (<see cref="ResponseBodyTap"/>), not buffered; headers are kept as the strings the server already holds. The log
/// and the clock are the request's tenant's.
/// </summary>
public sealed class RequestLogStage(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, RequestLog log, MockClock clock)
    {
        if (context.Exchange() is not { } exchange)
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var capture = new BodyCapture(RequestLog.BodyLimit);
        context.Features.Set<IHttpResponseBodyFeature>(new ResponseBodyTap(body, capture));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(body);
        }

        var requestBody = exchange.RequestBody;
        log.Add(new LoggedRequest(
            log.NextId(),
            clock.GetUtcNow(),
            context.Request.Method,
            context.Request.Path.Value ?? "/",
            exchange.QueryAsSent,
            exchange.Unanswered ? 0 : context.Response.StatusCode,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            exchange.RequestViolations.Count + exchange.ResponseViolations.Count == 0
                ? []
                : [.. exchange.RequestViolations.Concat(exchange.ResponseViolations).Select(v => v.ToString())],
            exchange.Leniencies,
            exchange.AppliedPreferences,
            new LoggedMessages(
                Snapshot(context.Request.Headers),
                requestBody is { Length: > RequestLog.BodyLimit } ? requestBody[..RequestLog.BodyLimit] : requestBody,
                requestBody?.Length ?? 0,
                Snapshot(context.Response.Headers),
                capture.Take(),
                capture.Total)));
    }

    private static List<KeyValuePair<string, string>> Snapshot(IHeaderDictionary headers)
    {
        var snapshot = new List<KeyValuePair<string, string>>(headers.Count);
        foreach (var (name, values) in headers)
        {
            foreach (var value in values)
            {
                snapshot.Add(new(name, value ?? ""));
            }
        }

        return snapshot;
    }
}
