using System.Text;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Http.Validation;

/// <summary>
/// Validates every request against its operation in the spec before model binding: path ids, query parameters,
/// content type and body. It runs after authorization, as DRF parses input only once the caller is known.
/// A rejected request never reaches the fake, so nothing changes.
/// </summary>
public sealed class ContractValidationFilter(ContractCatalog catalog, MockServerLimits limits) : IAsyncResourceFilter
{
    public const string ViolationsItemKey = "contract.request.violations";

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        if (context.ActionDescriptor is not ControllerActionDescriptor action
            || await catalog.ForActionAsync(action) is not { } operation)
        {
            await next();
            return;
        }

        var http = context.HttpContext;
        var bodyLimit = limits.BodyLimitFor(operation);
        if (http.Request.ContentLength > bodyLimit)
        {
            context.Result = DrfErrors.Detail(StatusCodes.Status413PayloadTooLarge, $"Request body exceeds the limit of {bodyLimit} bytes.");
            return;
        }

        var body = await ReadJsonOrFormBodyAsync(http, operation, bodyLimit);
        if (body.TooLarge)
        {
            context.Result = DrfErrors.Detail(StatusCodes.Status413PayloadTooLarge, $"Request body exceeds the limit of {bodyLimit} bytes.");
            return;
        }

        var request = new RequestSnapshot(
            http.Request.Method,
            http.Request.Path.Value ?? "/",
            [.. http.Request.Query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? "")))],
            http.Request.ContentType,
            body.Text);
        var violations = RequestValidator.Validate(operation, request);
        if (violations.Count > 0)
        {
            http.Items[ViolationsItemKey] = violations;
            context.Result = SpeaksOAuth(operation) ? OAuthValidationResult.From(violations) : ToResult(violations);
            return;
        }

        await next();
    }

    /// <summary>Operations whose declared 400 body is RFC 6749's <c>error</c> object, not DRF's field map.</summary>
    private static bool SpeaksOAuth(ContractOperation operation) =>
        operation.Definition.ActualResponses.TryGetValue("400", out var badRequest)
        && badRequest.ActualResponse.Content.Values.FirstOrDefault()?.Schema?.ActualSchema.ActualProperties.ContainsKey("error") == true;

    private static Microsoft.AspNetCore.Mvc.IActionResult ToResult(IReadOnlyList<Violation> violations)
    {
        if (violations.Any(v => v.Location == ViolationLocation.Path))
        {
            return DrfErrors.NotFound();
        }

        if (violations.FirstOrDefault(v => v.Kind == ViolationKind.UnsupportedMediaType) is { } media)
        {
            return DrfErrors.Detail(StatusCodes.Status415UnsupportedMediaType, media.Message);
        }

        if (violations.FirstOrDefault(v => v.Kind == ViolationKind.Malformed) is { } malformed)
        {
            return DrfErrors.Detail(StatusCodes.Status400BadRequest, malformed.Message);
        }

        return DrfErrors.Fields(violations
            .GroupBy(v => v.Field)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(v => v.Message).Distinct()]));
    }

    private static async Task<(string? Text, bool TooLarge)> ReadJsonOrFormBodyAsync(HttpContext http, ContractOperation operation, long limit)
    {
        var contentType = http.Request.ContentType ?? "";
        if (operation.Definition.ActualRequestBody is null || contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            return (null, false);
        }

        http.Request.EnableBuffering();
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, true);
            }

            buffer.Write(chunk, 0, read);
        }

        http.Request.Body.Position = 0;
        return (Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), false);
    }
}
