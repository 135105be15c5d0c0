using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Compatibility;

/// <summary>
/// Sends requests byte for byte as a published Python client does, against the mock with only the base URL
/// changed: paths relative to <c>…/api/v1/</c>, the client's default headers on every request, query values
/// encoded as its HTTP library encodes them, and JSON bodies as the client serialises them.
/// </summary>
public sealed class ClientReplay(HttpClient http, QueryStyle style, IReadOnlyDictionary<string, string> defaultHeaders)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// httpx's <c>AsyncClient(base_url=…, headers={"Content-Type": "application/json", "X-API-Key": key})</c>, as
    /// both Rememberizer MCP servers build it: the JSON content type goes on every request, GETs included.
    /// </summary>
    public static ClientReplay Httpx(MockServerApp app, string apiKey) =>
        new(Client(app), QueryStyle.Httpx, new Dictionary<string, string> { ["Content-Type"] = "application/json", ["X-API-Key"] = apiKey });

    /// <summary>
    /// httpx's <c>AsyncClient(base_url=…, headers={"Content-Type": "application/json", "public-ck-id": id})</c>, as
    /// the per-knowledge MCP servers build it: no key at all, the id of a public common knowledge instead.
    /// </summary>
    public static ClientReplay HttpxPublicKnowledge(MockServerApp app, string knowledgeId) =>
        new(Client(app), QueryStyle.Httpx, new Dictionary<string, string> { ["Content-Type"] = "application/json", ["public-ck-id"] = knowledgeId });

    /// <summary><c>requests.get(url, headers={"x-api-key": key})</c> on a URL built by string formatting, as LangChain does.</summary>
    public static ClientReplay Requests(MockServerApp app, string apiKey) =>
        new(Client(app), QueryStyle.Requests, new Dictionary<string, string> { ["x-api-key"] = apiKey });

    /// <summary>A GET with query parameters; a null value is sent as an empty one (<c>from=</c>), as httpx does.</summary>
    public Task<HttpResponseMessage> GetAsync(string path, params (string Name, object? Value)[] query) =>
        SendAsync(HttpMethod.Get, path + Query(query), json: null);

    public Task<HttpResponseMessage> PostJsonAsync(string path, string json) => SendAsync(HttpMethod.Post, path, json);

    public Task<HttpResponseMessage> PatchJsonAsync(string path, string json) => SendAsync(HttpMethod.Patch, path, json);

    public Task<HttpResponseMessage> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, json: null);

    private static HttpClient Client(MockServerApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost/api/v1/") });

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null || defaultHeaders.ContainsKey("Content-Type"))
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(json ?? ""));
        }

        foreach (var (name, value) in defaultHeaders)
        {
            if (name == "Content-Type")
            {
                request.Content!.Headers.ContentType = MediaTypeHeaderValue.Parse(value);
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return await http.SendAsync(request, Ct);
    }

    private string Query((string Name, object? Value)[] query) => query.Length == 0
        ? ""
        : "?" + string.Join('&', query.Select(p => $"{p.Name}={Encode(Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "")}"));

    // httpx encodes a space as '+' (urlencode); requests only re-quotes a URL built by string formatting
    // (requote_uri): unsafe characters such as spaces become %XX, while '?', '&', '=', '+' and '/' stay as written.
    private string Encode(string value) => style == QueryStyle.Httpx
        ? Uri.EscapeDataString(value).Replace("%20", "+", StringComparison.Ordinal)
        : string.Concat(value.Select(c => RequestsSafe.Contains(c) || char.IsAsciiLetterOrDigit(c) ? c.ToString() : Uri.EscapeDataString(c.ToString())));

    private const string RequestsSafe = "!#$%&'()*+,/:;=?@[]~-._";
}

/// <summary>How the replayed client's HTTP library writes query values.</summary>
public enum QueryStyle
{
    Httpx,
    Requests,
}
