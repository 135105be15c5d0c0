using System.Diagnostics;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.MockServer.Fake.Clock;
using Rememberizer.Contract.MockServer.Hosting;
using Rememberizer.Contract.MockServer.Http.Leniency;
using Rememberizer.Contract.MockServer.Http.Validation;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Control.Requests;

/// <summary>
/// Records every API request in the <see cref="RequestLog"/>. With <c>MockServer:CheckResponses</c> on, it also
/// checks each response against the contract, which costs a buffered copy of the body, so it is off by default.
/// </summary>
public sealed class RequestLogMiddleware(RequestDelegate next, RequestLog log, MockClock clock, ContractCatalog catalog, IOptions<MockServerOptions> options)
{
    private readonly bool _checkResponses = options.Value.CheckResponses;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(ControlApi.Prefix))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var query = context.Request.QueryString.Value ?? ""; // as sent, before leniency rewrites it
        var original = context.Response.Body;
        using var captured = _checkResponses ? new MemoryStream() : null;
        if (captured is not null)
        {
            context.Response.Body = captured;
        }

        try
        {
            await next(context);
        }
        finally
        {
            if (captured is not null)
            {
                context.Response.Body = original;
                captured.Position = 0;
                await captured.CopyToAsync(original, context.RequestAborted);
            }
        }

        var violations = new List<string>(RequestLog.Describe(context.Items[ContractValidationFilter.ViolationsItemKey] as IEnumerable<Violation>));
        if (captured is not null)
        {
            violations.AddRange(await CheckResponseAsync(context, captured));
        }

        log.Add(new LoggedRequest(clock.GetUtcNow(), context.Request.Method, context.Request.Path.Value ?? "/",
            query, context.Response.StatusCode,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds, violations, LeniencyNotes.Of(context, await OperationOfAsync(context))));
    }

    private ValueTask<ContractOperation?> OperationOfAsync(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<ControllerActionDescriptor>() is { } action
            ? catalog.ForActionAsync(action)
            : ValueTask.FromResult<ContractOperation?>(null);

    private async Task<IReadOnlyList<string>> CheckResponseAsync(HttpContext context, MemoryStream body)
    {
        var operation = (await catalog.Document).Find(context.Request.Method, context.Request.Path.Value ?? "/");
        if (operation is null)
        {
            return [];
        }

        var headers = context.Response.Headers.ToDictionary(
            h => h.Key, h => (IReadOnlyList<string>)[.. h.Value.Select(v => v ?? "")], StringComparer.OrdinalIgnoreCase);
        var snapshot = new ResponseSnapshot(context.Response.StatusCode, headers, context.Response.ContentType,
            System.Text.Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length));
        return RequestLog.Describe(ResponseValidator.Validate(operation, snapshot));
    }
}
