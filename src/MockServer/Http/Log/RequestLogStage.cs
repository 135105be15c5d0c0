using System.Diagnostics;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.MockServer.Http.Resolve;

namespace Rememberizer.Contract.MockServer.Http.Log;

/// <summary>
/// Stage 6, log: wraps every stage after resolution, so it sees the final status whoever answered (the
/// authentication challenge, the validator, a preference or the fake), and writes the exchange to the bounded
/// <see cref="RequestLog"/>, a request a fault left unanswered too. The log and the clock are the request's tenant's.
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
        await next(context);
        log.Add(new LoggedRequest(
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
            exchange.AppliedPreferences));
    }
}
