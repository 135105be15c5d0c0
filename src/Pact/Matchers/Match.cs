using System.Text.RegularExpressions;

namespace Rememberizer.Contract.Pact;

/// <summary>
/// Matchers for bodies, headers, query values and paths (pact_ffi integration JSON). A body that may be any content of
/// one type (an image, a PDF) is the builders' <c>WithBinaryBody</c>, which writes the content-type matcher.
/// </summary>
public static partial class Match
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

    /// <summary>An array of at most <paramref name="max"/> items, each shaped like <paramref name="example"/>.</summary>
    public static Matcher AtMostLike(object example, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        return new("type", new[] { example }, ("max", max));
    }

    /// <summary>An array of <paramref name="min"/> to <paramref name="max"/> items, each shaped like <paramref name="example"/>.</summary>
    public static Matcher MinMaxLike(object example, int min, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(min);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, Math.Max(1, min));
        return new("type", Enumerable.Repeat(example, Math.Max(1, min)).ToArray(), ("min", min), ("max", max));
    }

    /// <summary>
    /// An array holding, in any order and among any other items, one item matching each variant (each variant may
    /// carry its own matchers). Pact V4.
    /// </summary>
    public static Matcher ArrayContaining(params object[] variants)
    {
        ArgumentNullException.ThrowIfNull(variants);
        ArgumentOutOfRangeException.ThrowIfZero(variants.Length);

        // pact_ffi reads the variants, not a value: the example it returns is the variants themselves.
        return Matcher.WithoutValue("arrayContains", variants, ("variants", variants));
    }

    /// <summary>An object whose every key matches <paramref name="keyRule"/> (e.g. a regex); the values are free. Pact V4.</summary>
    public static Matcher EachKey(object example, Matcher keyRule)
    {
        ArgumentNullException.ThrowIfNull(keyRule);
        return new("eachKey", example, ("rules", new[] { keyRule }));
    }

    /// <summary>An object (or array) whose every value matches <paramref name="valueRule"/>, whatever the keys. Pact V4.</summary>
    public static Matcher EachValue(object example, Matcher valueRule)
    {
        ArgumentNullException.ThrowIfNull(valueRule);
        return new("eachValue", example, ("rules", new[] { valueRule }));
    }

    /// <summary>Exactly JSON <c>null</c>.</summary>
    public static Matcher Null() => new("null", null);

    /// <summary>Any number, integer or not.</summary>
    public static Matcher Number(double example) => new("number", example);

    /// <summary>A semantic version string such as <c>1.4.0</c> or <c>2.0.0-rc.1</c>. Pact V4.</summary>
    public static Matcher Semver(string example)
    {
        ArgumentNullException.ThrowIfNull(example);
        if (!SemverPattern().IsMatch(example))
        {
            throw new ArgumentException($"The example '{example}' is not a semantic version (MAJOR.MINOR.PATCH).", nameof(example));
        }

        return new("semver", example);
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

    // semver.org's grammar, as pact's semver matcher reads it.
    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$")]
    private static partial Regex SemverPattern();
}
