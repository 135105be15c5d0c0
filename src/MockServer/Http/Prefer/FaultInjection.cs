using System.Globalization;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections.Features;
using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.MockServer.Http.Resolve;

namespace Rememberizer.Contract.MockServer.Http.Prefer;

/// <summary>
/// Fails a request the way networks and overloaded servers do, so a client's error handling can be rehearsed:
/// a reset connection, a connection closed without an answer, or no answer at all until the client gives up.
/// </summary>
public static class FaultInjection
{
    public static async Task ApplyAsync(HttpContext context, ContractExchange exchange, Fault fault, TimeSpan timeoutBound)
    {
        switch (fault)
        {
            case Fault.Reset:
                exchange.Unanswered = true;
                Reset(context);
                break;
            case Fault.Empty:
                exchange.Unanswered = true;
                CloseWithoutAnswer(context);
                break;
            case Fault.Timeout:
                await HoldAsync(context, exchange, timeoutBound);
                break;
        }
    }

    /// <summary>
    /// An abortive close: with a zero linger time closing the socket sends RST instead of FIN, which clients report
    /// as ECONNRESET. (On Linux an abort alone happens to reset too, but that is a detail of the runtime's socket
    /// close, not a promise.)
    /// Without a socket (an in-memory test server) a plain abort is the nearest thing.
    /// </summary>
    private static void Reset(HttpContext context)
    {
        if (context.Features.Get<IConnectionSocketFeature>()?.Socket is { } socket)
        {
            socket.LingerState = new LingerOption(true, 0);
        }

        context.Abort();
    }

    /// <summary>
    /// A graceful close before any byte of answer: the FIN goes out first, so clients read the end of the stream
    /// ("empty reply from server") rather than a reset, which an abort alone would be (on Linux, closing a socket
    /// with a pending receive, as Kestrel's always has, resets the connection).
    /// </summary>
    private static void CloseWithoutAnswer(HttpContext context)
    {
        context.Features.Get<IConnectionSocketFeature>()?.Socket.Shutdown(SocketShutdown.Send);
        context.Abort();
    }

    /// <summary>
    /// Holds the request until the client gives up; a client that never does gets, once the bound passes, the 504
    /// a gateway in front of a hung server would send, so a forgotten request does not tie up the mock for good.
    /// </summary>
    private static async Task HoldAsync(HttpContext context, ContractExchange exchange, TimeSpan bound)
    {
        try
        {
            await Task.Delay(bound, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            exchange.Unanswered = true;
            return;
        }

        var seconds = bound.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        await DrfErrors.WriteDetailAsync(context, StatusCodes.Status504GatewayTimeout, $"No answer within {seconds} seconds (Prefer: fault=timeout).");
    }
}
