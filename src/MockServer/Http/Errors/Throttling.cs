using System.Globalization;

namespace Rememberizer.Contract.MockServer.Http.Errors;

/// <summary>
/// DRF's <c>Throttled</c> answer, as a rehearsed 429 gives it: the wait in the text and in <c>Retry-After</c>. The
/// mock throttles nothing by itself, so the wait is fixed: a minute, the window of a per-minute rate.
/// </summary>
public static class Throttling
{
    public const int RetryAfterSeconds = 60;

    public static string Text { get; } = string.Create(CultureInfo.InvariantCulture, $"Request was throttled. Expected available in {RetryAfterSeconds} seconds.");
}
