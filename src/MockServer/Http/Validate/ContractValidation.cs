using System.Buffers;
using System.Text;
using Microsoft.Net.Http.Headers;
using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.MockServer.Http.Resolve;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Http.Validate;

/// <summary>
/// Stage 3, validate: checks the request against its operation (path ids, query, content type, body size and
/// body) once the caller is known, as DRF parses input only after authentication. A rejected request is answered
/// here and never reaches preferences or the fake, so it changes nothing, whatever it prefers.
/// </summary>
public sealed class ContractValidation(RequestDelegate next, MockServerLimits limits)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Exchange() is not { Operation: { } operation } exchange || operation.TakesNoInput)
        {
            await next(context);
            return;
        }

        var bodyLimit = limits.BodyLimitFor(operation);
        var body = context.Request.ContentLength > bodyLimit ? BodyRead.OverLimit : await ReadJsonOrFormBodyAsync(context, operation, bodyLimit);
        exchange.RequestBody = body.Text;
        if (body.TooLarge)
        {
            await DrfErrors.WriteDetailAsync(context, StatusCodes.Status413PayloadTooLarge, $"Request body exceeds the limit of {bodyLimit} bytes.");
            return;
        }

        if (body.Refusal is { } refusal)
        {
            await DrfErrors.WriteDetailAsync(context, refusal.Status, refusal.Detail);
            return;
        }

        if (body.Text is { } text && operation.Definition.ActualRequestBody?.Content.TryGetValue("application/json", out var json) == true
            && json.Schema is { } schema && IntegralNumbers.Normalize(schema, text) is { } normalized)
        {
            // DRF reads 5.0 as 5 where it wants an integer; so does the fake's binder once the body says 5.
            body = new BodyRead(normalized, false);
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(normalized));
            context.Request.ContentLength = context.Request.Body.Length;
            exchange.NoteLeniency("Integers written with a zero fraction read as integers.");
        }

        var request = new RequestSnapshot(
            context.Request.Method,
            context.Request.Path.Value ?? "/",
            context.Request.QueryString.HasValue ? [.. context.Request.Query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? "")))] : [],
            context.Request.ContentType,
            body.Text)
        {
            // Routing has already split the path: its values, by the spec's parameter names, spare a regex match.
            PathValues = operation.PathParameters.Count == 0 ? null
                : context.Request.RouteValues.ToDictionary(r => r.Key, r => Convert.ToString(r.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        };
        var violations = RequestValidator.Validate(operation, request);
        if (violations.Count == 0)
        {
            await next(context);
            return;
        }

        exchange.RequestViolations = violations;
        await (OAuthValidationResult.Speaks(operation)
            ? OAuthValidationResult.WriteAsync(context, violations)
            : WriteDrfAsync(context, violations));
    }

    private static Task WriteDrfAsync(HttpContext context, IReadOnlyList<Violation> violations)
    {
        if (violations.Any(v => v.Location == ViolationLocation.Path))
        {
            return DrfErrors.WriteDetailAsync(context, StatusCodes.Status404NotFound, DrfErrors.NotFoundText);
        }

        if (violations.FirstOrDefault(v => v.Kind == ViolationKind.UnsupportedMediaType) is { } media)
        {
            return DrfErrors.WriteDetailAsync(context, StatusCodes.Status415UnsupportedMediaType, media.Message);
        }

        if (violations.FirstOrDefault(v => v.Kind == ViolationKind.Malformed) is { } malformed)
        {
            return DrfErrors.WriteDetailAsync(context, StatusCodes.Status400BadRequest, malformed.Message);
        }

        return DrfErrors.WriteFieldsAsync(context, violations
            .GroupBy(v => v.Field)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(v => v.Message).Distinct()]));
    }

    /// <summary>
    /// Reads a JSON or form body whole (up to the limit) and puts it back as a memory stream for model binding, so
    /// it is read from the socket once and no file buffering is set up for bodies this small.
    /// </summary>
    private static async Task<BodyRead> ReadJsonOrFormBodyAsync(HttpContext context, ContractOperation operation, long limit)
    {
        var contentType = context.Request.ContentType ?? "";
        if (!operation.HasRequestBody || contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            return BodyRead.None;
        }

        var buffer = new MemoryStream(context.Request.ContentLength is { } length and <= 64 * 1024 ? (int)length : 4096);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return BodyRead.OverLimit;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception)
        {
            // The server could not read the body (malformed chunked framing, say): the client's error, answered as
            // the exception handler would answer it, but without logging it as the server's own failure.
            return new BodyRead(null, false) { Refusal = (exception.StatusCode, DrfStatusText.For(exception.StatusCode, context)) };
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        buffer.Position = 0;
        context.Request.Body = buffer;
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType) || !mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            // Forms and media types the operation will refuse anyway are read as before: only JSON has a parser here.
            return new BodyRead(Encoding.UTF8.GetString(bytes), false);
        }

        var charset = HeaderUtilities.RemoveQuotes(mediaType.Charset);
        var (text, status, detail) = BodyCharset.Decode(context, charset.Value, bytes);
        if (text is null)
        {
            return new BodyRead(null, false) { Refusal = (status, detail!) };
        }

        if (charset.Length > 0 && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            // MVC's formatter would decode the body again in the declared charset; handed UTF-8 and told so, it
            // reads exactly the text validated here and has nothing left to fail on.
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(text));
            context.Request.ContentLength = context.Request.Body.Length;
            mediaType.Charset = "utf-8";
            context.Request.ContentType = mediaType.ToString();
        }

        return new BodyRead(text, false);
    }

    private sealed record BodyRead(string? Text, bool TooLarge)
    {
        /// <summary>The status and DRF detail that refuse a body which could not be read as text.</summary>
        public (int Status, string Detail)? Refusal { get; init; }

        public static readonly BodyRead None = new(null, false);
        public static readonly BodyRead OverLimit = new(null, true);
    }
}
