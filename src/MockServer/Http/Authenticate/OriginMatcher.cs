namespace Rememberizer.Contract.MockServer.Http.Authenticate;

/// <summary>Decides whether a request's <c>Origin</c> is one of the configured patterns.</summary>
public sealed class OriginMatcher(IReadOnlyList<string> patterns)
{
    private const string AnyPort = ":*";

    public bool IsAllowed(string origin)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/")
        {
            return false;
        }

        foreach (var pattern in patterns)
        {
            if (pattern.EndsWith(AnyPort, StringComparison.Ordinal))
            {
                if (Uri.TryCreate(pattern[..^AnyPort.Length], UriKind.Absolute, out var host)
                    && string.Equals(host.Scheme, uri.Scheme, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(host.Host, uri.Host, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
            else if (string.Equals(pattern.TrimEnd('/'), origin.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
