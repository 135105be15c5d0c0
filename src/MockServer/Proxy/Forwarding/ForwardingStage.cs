using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.MockServer.Http.Log;
using Rememberizer.Contract.MockServer.Http.Resolve;
using Rememberizer.Contract.MockServer.Terminal;
using Rememberizer.Contract.Spec;
using Yarp.ReverseProxy.Forwarder;

namespace Rememberizer.Contract.MockServer.Proxy.Forwarding;

/// <summary>
/// The proxy's answer to every API request: checks the request against the contract (a violation is noted, the
/// request still goes), forwards it to the upstream with YARP (streamed both ways, hop-by-hop headers dropped), and
/// lets the answer through as the upstream gave it while a tap keeps a copy for the checks. Once the client has its
/// answer, the exchange goes to the observers (drift, recording). An upstream that cannot be reached, or that stays
/// silent past the timeout, is a DRF-shaped 502 or 504 and one line on the terminal.
/// </summary>
public sealed class ForwardingStage(
    RequestDelegate next,
    IHttpForwarder forwarder,
    UpstreamClient client,
    UpstreamTransformer transformer,
    IEnumerable<IExchangeObserver> observers,
    TerminalLog terminal)
{
    /// <summary>The largest request or response body the proxy keeps a copy of for the checks; larger ones pass unchecked.</summary>
    public const int CheckedBodyLimit = 4 * 1024 * 1024;

    private readonly IExchangeObserver[] _observers = [.. observers];

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Exchange() is not { } exchange)
        {
            await next(context);
            return;
        }

        var requestBody = await ReadRequestBodyAsync(context.Request);
        exchange.RequestBody = requestBody;
        if (exchange.Operation is { } operation)
        {
            exchange.RequestViolations = RequestValidator.Validate(operation, new RequestSnapshot(
                context.Request.Method, context.Request.Path.Value ?? "/", ObservedExchange.QueryPairs(exchange.QueryAsSent), context.Request.ContentType, requestBody));
        }

        var bodyFeature = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var capture = new BodyCapture(CheckedBodyLimit);
        context.Features.Set<IHttpResponseBodyFeature>(new ResponseBodyTap(bodyFeature, capture));
        ForwarderError error;
        try
        {
            error = await forwarder.SendAsync(context, client.Address.Root, client.Invoker, client.RequestConfig, transformer);
        }
        finally
        {
            context.Features.Set(bodyFeature);
        }

        if (error != ForwarderError.None)
        {
            await AnswerFailureAsync(context, error);
            return;
        }

        var headers = context.Response.Headers.ToDictionary(
            h => h.Key, h => (IReadOnlyList<string>)[.. h.Value.Select(v => v ?? "")], StringComparer.OrdinalIgnoreCase);
        var observed = new ObservedExchange(
            exchange.Operation,
            context.Request.Method,
            context.Request.Path.Value ?? "/",
            exchange.QueryAsSent,
            [.. context.Request.Headers.SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v ?? "")))],
            context.Request.ContentType,
            requestBody,
            context.Response.StatusCode,
            headers,
            context.Response.ContentType,
            ResponseText.Read(capture.Take(), capture.Total, context.Response.ContentType, context.Response.Headers.ContentEncoding));
        foreach (var observer in _observers)
        {
            observer.Observe(observed, exchange);
        }
    }

    private async Task AnswerFailureAsync(HttpContext context, ForwarderError error)
    {
        var reason = context.GetForwarderErrorFeature()?.Exception?.Message ?? error.ToString();
        var timedOut = error is ForwarderError.RequestTimedOut;
        var status = timedOut ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status502BadGateway;
        var detail = timedOut
            ? $"The upstream API at {client.Address} did not answer within {client.RequestConfig.ActivityTimeout?.TotalSeconds:0} seconds."
            : $"The upstream API at {client.Address} could not be reached: {reason}";
        terminal.Write(new UpstreamFailureLine(DateTimeOffset.Now, context.Request.Method, context.Request.Path.Value ?? "/", status, detail));
        if (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.Response.Headers.Clear();
            await DrfErrors.WriteDetailAsync(context, status, detail);
        }
    }

    /// <summary>
    /// A JSON or form body, read whole for the checks (up to <see cref="CheckedBodyLimit"/>) and put back for the
    /// forwarder; uploads and larger bodies stream through unread.
    /// </summary>
    private static async Task<string?> ReadRequestBodyAsync(HttpRequest request)
    {
        var type = request.ContentType ?? "";
        if (request.ContentLength is 0 or > CheckedBodyLimit
            || !(type.Contains("json", StringComparison.OrdinalIgnoreCase) || type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        request.EnableBuffering(CheckedBodyLimit);
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return text;
    }
}
