using System.Globalization;

namespace Rememberizer.Contract.Fake.Clock;

/// <summary>
/// The times the fake clock may show. Well inside <see cref="DateTimeOffset"/>'s own limits, so every time computed
/// from now stays a valid one: seed data reaching about two years back (and still after the Unix epoch), token and
/// code expiries ahead. Past these limits the arithmetic overflows and every request of the tenant answers 500.
/// </summary>
public static class ClockRange
{
    public static readonly DateTimeOffset Earliest = new(1972, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset Latest = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string Earliest8601 => Earliest.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Latest8601 => Latest.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static bool Contains(DateTimeOffset moment) => moment >= Earliest && moment <= Latest;
}
