using System.Diagnostics;
using Rememberizer.Contract.MockServer.Http.Resolve;
using Rememberizer.Contract.MockServer.Terminal;

namespace Rememberizer.Contract.MockServer.Http.Log;

/// <summary>
/// Stage 6, log, for people: the outermost middleware, so it sees every request (the control API's and unknown
/// paths' too) with the status the client finally got, and queues one <see cref="RequestLine"/> per request —
/// except the dashboard's once-a-second polling, which it marks with <see cref="PollHeader"/>: a line per poll would
/// bury the lines people read. Not registered at all with <c>--quiet</c>.
/// </summary>
public sealed class TerminalStage(RequestDelegate next, TerminalLog terminal)
{
    public const string PollHeader = "X-Mock-Dashboard-Poll";

    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) && context.Request.Headers.ContainsKey(PollHeader))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var request = context.Request;
            var exchange = context.Exchange();
            terminal.Write(new RequestLine(
                DateTimeOffset.Now,
                request.Method,
                // The path as sent: a path tenant's /t/NAME prefix included.
                ((request.PathBase + request.Path).Value ?? "/") + request.QueryString.Value,
                context.Response.StatusCode,
                context.RequestAborted.IsCancellationRequested ? "aborted" : null,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                exchange?.RequestViolations ?? [],
                exchange?.ResponseViolations ?? []));
        }
    }
}
