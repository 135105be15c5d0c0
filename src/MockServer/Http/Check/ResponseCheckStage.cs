using Rememberizer.Contract.MockServer.Http.Resolve;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Http.Check;

/// <summary>
/// Stage 6, check (only with <c>MockServer:CheckResponses</c>): validates every answer of an API operation against
/// the contract and notes violations on the exchange for the log. It costs a buffered copy of each body, which is
/// why it is off by default and, when off, not in the pipeline at all.
/// </summary>
public sealed class ResponseCheckStage(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Exchange() is not { Operation: { } operation } exchange)
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
            if (!exchange.Unanswered)
            {
                captured.Position = 0;
                await captured.CopyToAsync(original, context.RequestAborted);
            }
        }

        if (exchange.OutsideContract)
        {
            return; // a preference asked for an answer outside the contract: a deliberate departure, not a finding
        }

        var headers = context.Response.Headers.ToDictionary(
            h => h.Key, h => (IReadOnlyList<string>)[.. h.Value.Select(v => v ?? "")], StringComparer.OrdinalIgnoreCase);
        var snapshot = new ResponseSnapshot(context.Response.StatusCode, headers, context.Response.ContentType,
            System.Text.Encoding.UTF8.GetString(captured.GetBuffer(), 0, (int)captured.Length));
        exchange.ResponseViolations = ResponseValidator.Validate(operation, snapshot);
    }
}
