using System.Globalization;

namespace Rememberizer.Contract.MockServer.Api;

/// <summary>
/// A <c>from</c>/<c>to</c> query value of the contents endpoints: an ISO 8601 date or date-time (UTC unless it says
/// otherwise), or Unix seconds, as the Slack readers send it (some one, some the other).
/// </summary>
public static class TimeParameter
{
    public const string Invalid = "Enter a valid date/time: ISO 8601 (2023-06-01T00:00:00Z) or Unix seconds.";

    /// <summary>False for a value that is neither; an absent value reads as null.</summary>
    public static bool TryParse(string? value, out DateTimeOffset? moment)
    {
        moment = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            if (seconds > 253_402_300_799m)
            {
                return false; // after 9999-12-31
            }

            moment = DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond));
            return true;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            moment = parsed;
            return true;
        }

        return false;
    }
}
