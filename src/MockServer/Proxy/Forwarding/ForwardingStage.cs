using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.MockServer.Http.Log;
using Rememberizer.Contract.MockServer.Http.Resolve;
using Rememberizer.Contract.MockServer.Proxy;
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

        // The upstream's answer goes out as it came, an empty error body included: no error page of the mock's is added.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
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
            try
            {
                observer.Observe(observed, exchange);
            }
            catch (Exception failure) when (failure is not OutOfMemoryException)
            {
                // The client has its answer; what an observer could not do is told, never put on the wire.
                terminal.Write(new ObserverFailureLine(DateTimeOffset.Now, observer.GetType().Name, context.Request.Method, context.Request.Path.Value ?? "/", failure.Message));
            }
        }
    }

    private async Task AnswerFailureAsync(HttpContext context, ForwarderError error)
    {
        // YARP has set the status: 502 or 504 when the upstream failed, 400 or 408 when the client's own body did.
        // Only the upstream's failures are the proxy's to explain; a client that went away or sent a broken body
        // keeps YARP's status and gets no words about the upstream.
        if (error is not (ForwarderError.Request or ForwarderError.RequestTimedOut or ForwarderError.RequestBodyDestination or ForwarderError.ResponseBodyDestination))
        {
            return;
        }

        var status = context.Response.StatusCode;
        var reason = context.GetForwarderErrorFeature()?.Exception?.Message ?? error.ToString();
        var detail = context.Response.HasStarted ? $"The upstream API at {client.Address} broke off its answer: {reason}"
            : status == StatusCodes.Status504GatewayTimeout
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
    /// A JSON or form body, for the checks: read up to <see cref="CheckedBodyLimit"/> and put back for the forwarder,
    /// the bytes read first and the rest as it streams (a larger body, of known length or chunked, passes unchecked).
    /// Uploads are not read at all.
    /// </summary>
    private static async Task<string?> ReadRequestBodyAsync(HttpRequest request)
    {
        var type = request.ContentType ?? "";
        if (request.ContentLength is 0 or > CheckedBodyLimit
            || !(type.Contains("json", StringComparison.OrdinalIgnoreCase) || type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        using var kept = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            kept.Write(chunk, 0, read);
            if (kept.Length > CheckedBodyLimit)
            {
                request.Body = new PrefixedStream(kept.ToArray(), request.Body);
                return null;
            }
        }

        request.Body = new MemoryStream(kept.ToArray(), writable: false);
        return Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length);
    }
}
