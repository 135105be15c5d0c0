namespace Rememberizer.Contract.Pact;

/// <summary>Matchers for bodies, headers, query values and paths (pact_ffi integration JSON).</summary>
public static class Match
{
    /// <summary>Any value of the same JSON type as <paramref name="example"/>.</summary>
    public static Matcher Type(object example) => new("type", example);

    /// <summary>A string matching <paramref name="pattern"/>; the example must match it too.</summary>
    public static Matcher Regex(string example, string pattern)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(example, pattern))
        {
            throw new ArgumentException($"The example '{example}' does not match the pattern '{pattern}'.", nameof(example));
        }

        return new("regex", example, ("regex", pattern));
    }

    /// <summary>Any integer.</summary>
    public static Matcher Integer(long example) => new("integer", example);

    /// <summary>Any number with a fractional part; give the example one too (e.g. <c>9.5m</c>).</summary>
    public static Matcher Decimal(decimal example) => new("decimal", example);

    /// <summary>Any boolean.</summary>
    public static Matcher Boolean(bool example) => new("boolean", example);

    /// <summary>An array of at least <paramref name="min"/> items, each shaped like <paramref name="example"/>.</summary>
    public static Matcher EachLike(object example, int min = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(min);

        // The example array needs at least one item, and min items so the example itself is valid.
        var items = Enumerable.Repeat(example, Math.Max(1, min)).ToArray();
        return new("type", items, ("min", min));
    }

    /// <summary>A date-time string in <paramref name="format"/> (Java DateTimeFormatter-style, e.g. <c>yyyy-MM-dd'T'HH:mm:ssXXX</c>).</summary>
    public static Matcher DateTime(string format, string example) => new("datetime", example, ("format", format));

    /// <summary>A date string in <paramref name="format"/> (e.g. <c>yyyy-MM-dd</c>).</summary>
    public static Matcher Date(string format, string example) => new("date", example, ("format", format));

    /// <summary>A time string in <paramref name="format"/> (e.g. <c>HH:mm:ss</c>).</summary>
    public static Matcher Time(string format, string example) => new("time", example, ("format", format));

    /// <summary>A string containing <paramref name="substring"/>.</summary>
    public static Matcher Include(string substring) => new("include", substring);

    /// <summary>
    /// A value the provider supplies at verification time: the verifier replaces <paramref name="expression"/>
    /// (e.g. <c>Bearer ${accessToken}</c>) with values its state-change call returned; the consumer side sees
    /// <paramref name="example"/>.
    /// </summary>
    public static Matcher FromProviderState(string expression, object example) =>
        new("type", example, ("pact:generator:type", "ProviderState"), ("expression", expression));
}
