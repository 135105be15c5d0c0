using System.Text.RegularExpressions;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary>
/// What the request view shows of secrets: passwords and client secrets not at all, tokens, API keys and cookie
/// values by their first and last four characters (enough to tell two apart). Applied when a request is viewed,
/// never on the request path; works on truncated bodies too, since it reads text, not a parsed document.
/// </summary>
public static partial class SecretMasking
{
    public const string Hidden = "••••••••";

    private static readonly HashSet<string> TokenNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "access", "refresh", "access_token", "refresh_token", "id_token", "token", "api_key", "x-api-key", "code_verifier",
    };

    public static string Header(string name, string value) => name.ToLowerInvariant() switch
    {
        "authorization" => value.IndexOf(' ') is var space and > 0 ? value[..(space + 1)] + Shorten(value[(space + 1)..]) : Shorten(value),
        "x-api-key" or "proxy-authorization" => Shorten(value),
        "cookie" => CookiePair().Replace(value, m => m.Groups["name"].Value + "=" + Shorten(m.Groups["value"].Value)),
        "set-cookie" => SetCookieValue().Replace(value, m => m.Groups["name"].Value + "=" + Shorten(m.Groups["value"].Value), 1),
        _ => value,
    };

    public static string Body(string body)
    {
        var trimmed = body.AsSpan().TrimStart();
        return trimmed.StartsWith("{") || trimmed.StartsWith("[")
            ? JsonStringMember().Replace(body, m => m.Groups["key"].Value + Masked(m.Groups["name"].Value, m.Groups["value"].Value) + m.Groups["close"].Value)
            : FormField().Replace(body, m => m.Groups["name"].Value + "=" + Masked(Uri.UnescapeDataString(m.Groups["name"].Value.Replace('+', ' ')), m.Groups["value"].Value));
    }

    private static string Masked(string name, string value)
    {
        if (name.Contains("password", StringComparison.OrdinalIgnoreCase) || name.Contains("secret", StringComparison.OrdinalIgnoreCase))
        {
            return Hidden;
        }

        return TokenNames.Contains(name) ? Shorten(value) : value;
    }

    private static string Shorten(string secret) => secret.Length <= 12 ? Hidden : $"{secret[..4]}…{secret[^4..]}";

    [GeneratedRegex(@"(?<name>[^=;\s]+)=(?<value>[^;]*)")]
    private static partial Regex CookiePair();

    [GeneratedRegex(@"^(?<name>[^=;\s]+)=(?<value>[^;]*)")]
    private static partial Regex SetCookieValue();

    // "name": "value" — the value possibly cut off by the log's size bound (no closing quote).
    [GeneratedRegex(@"(?<key>""(?<name>[^""\\]*)""\s*:\s*"")(?<value>(?:[^""\\]|\\.)*)(?<close>""?)")]
    private static partial Regex JsonStringMember();

    [GeneratedRegex(@"(?<=^|&)(?<name>[^=&]+)=(?<value>[^&]*)")]
    private static partial Regex FormField();
}
