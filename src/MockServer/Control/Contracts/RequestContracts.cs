using System.Text.Json.Serialization;

namespace Rememberizer.Contract.MockServer.Control.Contracts;

/// <summary>
/// <c>GET /_mock/requests/{id}</c>: one logged request with its messages, secrets masked (passwords hidden; tokens,
/// keys and cookies shortened to their ends).
/// </summary>
public sealed record RequestDetail(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("at")] DateTimeOffset At,
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("duration_ms")] double DurationMs,
    [property: JsonPropertyName("violations")] IReadOnlyList<string> Violations,
    [property: JsonPropertyName("leniencies")] IReadOnlyList<string> Leniencies,
    [property: JsonPropertyName("preferences")] string? Preferences,
    [property: JsonPropertyName("request")] MessageDetail Request,
    [property: JsonPropertyName("response")] MessageDetail Response);

/// <summary>
/// Headers in order (a repeated header once per value), and the body as kept: <c>body</c> is null when none was read
/// or it is not text; <c>body_length</c> is the whole body's length (characters of a request, bytes of a response).
/// </summary>
public sealed record MessageDetail(
    [property: JsonPropertyName("headers")] IReadOnlyList<HeaderEntry> Headers,
    [property: JsonPropertyName("body")] string? Body,
    [property: JsonPropertyName("body_length")] long BodyLength,
    [property: JsonPropertyName("body_truncated")] bool BodyTruncated);

public sealed record HeaderEntry(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] string Value);
