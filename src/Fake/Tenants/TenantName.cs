using System.Text.RegularExpressions;

namespace Rememberizer.Contract.Fake.Tenants;

/// <summary>
/// A tenant's name as callers write it (the <c>X-Mock-Tenant</c> header, the <c>/t/NAME/</c> prefix): letters,
/// digits, <c>-</c>, <c>_</c> and <c>.</c>, up to 64 of them, compared without regard to case. Names fit in a URL
/// path segment and a cookie path unescaped, so a tenant's cookies can be scoped to its prefix.
/// </summary>
public static partial class TenantName
{
    public const string Default = "default";
    public const int MaxLength = 64;

    public const string Rule = "a tenant name is 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit";

    /// <summary>The name in its one spelling (lower case), or null when it breaks <see cref="Rule"/>.</summary>
    public static string? Normalize(string? name) =>
        name is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(name) ? name.ToLowerInvariant() : null;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex Pattern();
}
