using System.Text.RegularExpressions;

namespace Rememberizer.Contract.MockServer.Proxy.Forwarding;

/// <summary>
/// Removes the <c>Domain</c> attribute of a <c>Set-Cookie</c> value, as development servers' proxies do: the cookie
/// then belongs to the host the browser asked (localhost), which keeps the upstream's session working through the
/// proxy. Everything else in the value stays as the upstream wrote it.
/// </summary>
public static partial class SetCookieDomain
{
    public static string Remove(string setCookie) => DomainAttribute().Replace(setCookie, "");

    [GeneratedRegex(@";\s*domain\s*=[^;]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomainAttribute();
}
