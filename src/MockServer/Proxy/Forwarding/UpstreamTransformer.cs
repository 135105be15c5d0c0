using Microsoft.Net.Http.Headers;
using Rememberizer.Contract.MockServer.Http.Resolve;
using Yarp.ReverseProxy.Forwarder;

namespace Rememberizer.Contract.MockServer.Proxy.Forwarding;

/// <summary>
/// What the proxy changes on the way through, and nothing more: the request goes to the upstream's address with
/// the query exactly as the client sent it and its own <c>Host</c> (YARP's default already drops hop-by-hop headers); the
/// answer comes back with every <c>Set-Cookie</c> stripped of its <c>Domain</c>, and without the upstream's
/// <c>Access-Control-*</c> headers: the proxy answers CORS with the mock's policy (ProxySetup).
/// </summary>
public sealed class UpstreamTransformer(UpstreamAddress upstream) : HttpTransformer
{
    public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
    {
        await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
        var query = httpContext.Exchange()?.QueryAsSent ?? httpContext.Request.QueryString.Value ?? "";
        proxyRequest.RequestUri = upstream.For(httpContext.Request.Path, query);
        proxyRequest.Headers.Host = null; // the upstream's own name, from the address: it is another server than the one the client named
    }

    public override async ValueTask<bool> TransformResponseAsync(HttpContext httpContext, HttpResponseMessage? proxyResponse, CancellationToken cancellationToken)
    {
        var proceed = await base.TransformResponseAsync(httpContext, proxyResponse, cancellationToken);
        var headers = httpContext.Response.Headers;
        foreach (var name in headers.Keys.Where(IsCors).ToList())
        {
            headers.Remove(name);
        }

        if (headers.TryGetValue(HeaderNames.SetCookie, out var cookies))
        {
            headers.SetCookie = new([.. cookies.Select(c => SetCookieDomain.Remove(c ?? ""))]);
        }

        return proceed;
    }

    private static bool IsCors(string header) => header.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase);
}
