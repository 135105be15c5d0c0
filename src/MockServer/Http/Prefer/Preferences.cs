using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Rememberizer.Contract.MockServer.Http.Prefer;

/// <summary>
/// What a client asked for in its <c>Prefer</c> header (RFC 7240): <c>code=401</c> answers the spec's example for
/// that status instead of running the fake (Prism's convention), <c>delay=800</c> holds the answer back by that many
/// milliseconds. Other preferences are ignored, as the RFC asks.
/// </summary>
public sealed record Preferences(int? Code, TimeSpan? Delay)
{
    public const int MaxDelayMilliseconds = 30_000;

    public static readonly Preferences None = new(null, null);

    /// <summary>Parses every <c>Prefer</c> header; a malformed value of a known preference is an error naming it.</summary>
    public static bool TryParse(StringValues headers, out Preferences preferences, out string error)
    {
        preferences = None;
        error = "";
        foreach (var token in headers.SelectMany(h => (h ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var parts = token.Split('=', 2, StringSplitOptions.TrimEntries);
            var name = parts[0].ToLowerInvariant();
            var value = parts.Length > 1 ? parts[1].Trim('"') : "";
            switch (name)
            {
                case "code" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 100 and <= 599:
                    preferences = preferences with { Code = code };
                    break;
                case "code":
                    error = $"Prefer: code must be an HTTP status between 100 and 599, not \"{value}\".";
                    return false;
                case "delay" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms <= MaxDelayMilliseconds:
                    preferences = preferences with { Delay = TimeSpan.FromMilliseconds(ms) };
                    break;
                case "delay":
                    error = $"Prefer: delay must be a number of milliseconds from 0 to {MaxDelayMilliseconds}, not \"{value}\".";
                    return false;
            }
        }

        return true;
    }
}
