using System.Text;
using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.MockServer.Control.Contracts;
using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.MockServer.Http.Log;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary>The request log: the recent requests, and one of them with its headers and bodies (secrets masked).</summary>
public static class RequestLogEndpoints
{
    public static IResult Recent([FromServices] RequestLog log, int? limit) => Results.Ok(log.Recent(Math.Clamp(limit ?? 100, 1, log.Capacity)));

    public static IResult Detail(long id, [FromServices] RequestLog log)
    {
        if (log.Find(id) is not { } entry)
        {
            return DetailResult.NotFound;
        }

        var messages = entry.Messages;
        var request = new MessageDetail(
            Headers(messages.RequestHeaders),
            messages.RequestBody is { } sent ? SecretMasking.Body(sent) : null,
            messages.RequestBodyLength,
            messages.RequestBody is { } kept && kept.Length < messages.RequestBodyLength);
        var response = new MessageDetail(
            Headers(messages.ResponseHeaders),
            IsText(messages.ResponseHeaders) && messages.ResponseBody.Length > 0 ? SecretMasking.Body(Encoding.UTF8.GetString(messages.ResponseBody)) : null,
            messages.ResponseBodyLength,
            messages.ResponseBody.Length < messages.ResponseBodyLength);
        return Results.Ok(new RequestDetail(
            entry.Id, entry.At, entry.Method, entry.Path, entry.Query, entry.Status, entry.DurationMs,
            entry.Violations, entry.Leniencies, entry.Preferences, request, response));
    }

    private static List<HeaderEntry> Headers(IReadOnlyList<KeyValuePair<string, string>> headers) =>
        [.. headers.Select(h => new HeaderEntry(h.Key, SecretMasking.Header(h.Key, h.Value)))];

    private static bool IsText(IReadOnlyList<KeyValuePair<string, string>> headers) =>
        headers.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value is not { } type
        || type.Contains("json", StringComparison.OrdinalIgnoreCase)
        || type.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        || type.Contains("xml", StringComparison.OrdinalIgnoreCase)
        || type.Contains("x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
}
