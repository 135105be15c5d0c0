using System.Collections.Concurrent;

namespace Rememberizer.Contract.MockServer.Http.Log;

/// <summary>
/// One request the mock answered, with whatever the contract validator found wrong with it, the leniency it was
/// shown (what the contract words more strictly than the mock enforces) and the preferences applied to it.
/// <see cref="Status"/> is what the client got: 0 when it got no answer at all (a fault dropped the connection, or
/// the client gave up first), as HAR records a request without a response.
/// </summary>
public sealed record LoggedRequest(
    DateTimeOffset At,
    string Method,
    string Path,
    string Query,
    int Status,
    double DurationMs,
    IReadOnlyList<string> Violations,
    IReadOnlyList<string> Leniencies,
    string? Preferences);

/// <summary>The most recent requests, newest last; bounded so a long-running mock does not grow.</summary>
public sealed class RequestLog : Fake.IResettable
{
    private readonly ConcurrentQueue<LoggedRequest> _entries = new();

    public int Capacity { get; init; } = 500;

    public void Add(LoggedRequest entry)
    {
        _entries.Enqueue(entry);
        while (_entries.Count > Capacity && _entries.TryDequeue(out _))
        {
        }
    }

    public int Count => _entries.Count;

    public IReadOnlyList<LoggedRequest> Recent(int limit) => [.. _entries.TakeLast(limit)];

    public void Reset() => _entries.Clear();
}
