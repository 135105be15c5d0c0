using System.Collections.Concurrent;
using System.Text.Json.Serialization;

namespace Rememberizer.Contract.MockServer.Http.Log;

/// <summary>
/// One request the mock answered, with whatever the contract validator found wrong with it, the leniency it was
/// shown (what the contract words more strictly than the mock enforces) and the preferences applied to it.
/// <see cref="Status"/> is what the client got: 0 when it got no answer at all (a fault dropped the connection, or
/// the client gave up first), as HAR records a request without a response. <see cref="Messages"/> (headers and
/// bodies) is served on its own, by id.
/// </summary>
public sealed record LoggedRequest(
    long Id,
    DateTimeOffset At,
    string Method,
    string Path,
    string Query,
    int Status,
    double DurationMs,
    IReadOnlyList<string> Violations,
    IReadOnlyList<string> Leniencies,
    string? Preferences,
    [property: JsonIgnore] LoggedMessages Messages);

/// <summary>
/// The messages of a logged request as they were: headers, the request body the validator read (bodies of requests
/// answered before validation, and multipart uploads, are not read), and the first bytes of the response body.
/// Secrets are masked when shown, not when kept, so logging parses nothing.
/// </summary>
public sealed record LoggedMessages(
    IReadOnlyList<KeyValuePair<string, string>> RequestHeaders,
    string? RequestBody,
    int RequestBodyLength,
    IReadOnlyList<KeyValuePair<string, string>> ResponseHeaders,
    byte[] ResponseBody,
    long ResponseBodyLength);

/// <summary>
/// The most recent requests, newest last; bounded so a long-running mock does not grow: <see cref="Capacity"/>
/// entries, each keeping at most <see cref="BodyLimit"/> of either body (8 MB at worst).
/// </summary>
public sealed class RequestLog : Fake.State.IResettable
{
    public const int BodyLimit = 8 * 1024;

    private readonly ConcurrentQueue<LoggedRequest> _entries = new();
    private long _lastId;

    public int Capacity { get; init; } = 500;

    /// <summary>Ids only grow, across resets too, so a page that saw id N never mistakes a newer entry for it.</summary>
    public long NextId() => Interlocked.Increment(ref _lastId);

    public void Add(LoggedRequest entry)
    {
        _entries.Enqueue(entry);
        while (_entries.Count > Capacity && _entries.TryDequeue(out _))
        {
        }
    }

    public int Count => _entries.Count;

    public IReadOnlyList<LoggedRequest> Recent(int limit) => [.. _entries.TakeLast(limit)];

    public LoggedRequest? Find(long id) => _entries.FirstOrDefault(e => e.Id == id);

    public void Reset() => _entries.Clear();
}
