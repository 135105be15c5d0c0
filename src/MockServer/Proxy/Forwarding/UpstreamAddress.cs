namespace Rememberizer.Contract.MockServer.Proxy.Forwarding;

/// <summary>
/// The upstream API's root, whichever way it was given: <c>https://api.rememberizer.ai</c>, the same with
/// <c>/api/v1</c>, or a root under a path (<c>http://gateway/rememberizer</c>). A request's own path (<c>/api/v1/…</c>,
/// or the OAuth walkthrough's <c>/api/me</c>) is appended to it.
/// </summary>
public sealed record UpstreamAddress
{
    private const string ApiPath = "/api/v1";

    public UpstreamAddress(Uri upstream)
    {
        var path = upstream.AbsolutePath.TrimEnd('/');
        if (path.EndsWith(ApiPath, StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^ApiPath.Length];
        }

        Root = upstream.GetLeftPart(UriPartial.Authority) + path;
    }

    /// <summary>Scheme, host, port and any base path, without a trailing slash.</summary>
    public string Root { get; }

    public Uri For(PathString path, string query) => new(Root + path.ToUriComponent() + query);

    public override string ToString() => Root + ApiPath;
}
