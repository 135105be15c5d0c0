using System.Net;
using Yarp.ReverseProxy.Forwarder;

namespace Rememberizer.Contract.MockServer.Proxy.Forwarding;

/// <summary>
/// The one connection pool to the upstream, set up as YARP advises for forwarding: no cookies, redirects, proxy or
/// decompression of its own (the client sees the upstream's answer as it is), and the timeout the command names.
/// </summary>
public sealed class UpstreamClient : IDisposable
{
    public UpstreamClient(ProxyArguments arguments)
    {
        Address = new UpstreamAddress(arguments.Upstream);
        Invoker = new HttpMessageInvoker(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            ConnectTimeout = TimeSpan.FromSeconds(Math.Min(15, arguments.Timeout.TotalSeconds)),
            ActivityHeadersPropagator = null,
        });
        RequestConfig = new ForwarderRequestConfig { ActivityTimeout = arguments.Timeout };
    }

    public UpstreamAddress Address { get; }

    public HttpMessageInvoker Invoker { get; }

    public ForwarderRequestConfig RequestConfig { get; }

    public void Dispose() => Invoker.Dispose();
}
