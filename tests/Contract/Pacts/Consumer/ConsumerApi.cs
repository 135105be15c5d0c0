using System.Net;
using System.Net.Http.Headers;
using Rememberizer.Contract.Generated.Client;

namespace Rememberizer.Contract.Tests.Pacts.Consumer;

/// <summary>
/// The web app's view of the API: the generated typed clients over one HttpClient whose cookie jar behaves like
/// a browser's. Scenarios preload cookies or headers the way a signed-in browser would hold them.
/// </summary>
public sealed class ConsumerApi : IDisposable
{
    private readonly HttpClient _http;

    public ConsumerApi(Uri server)
    {
        Server = server;
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(server, "api/v1/") };
        Auth = new AuthClient(_http);
        Account = new AccountClient(_http);
        Documents = new DocumentsClient(_http);
        VectorStores = new VectorStoresClient(_http);
    }

    public Uri Server { get; }

    public CookieContainer Cookies { get; }

    public AuthClient Auth { get; }

    public AccountClient Account { get; }

    public DocumentsClient Documents { get; }

    public VectorStoresClient VectorStores { get; }

    public void HoldCookie(string name, string value, string path = "/") =>
        Cookies.Add(Server, new Cookie(name, value, path));

    public void UseBearer(string token) => _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

    public void UseApiKey(string key) => _http.DefaultRequestHeaders.Add("x-api-key", key);

    public void Dispose() => _http.Dispose();
}
