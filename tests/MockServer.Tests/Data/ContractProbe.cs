using System.Text.Json;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Tests.Data;

/// <summary>The answer to one probed request, body parsed when it is JSON.</summary>
public sealed record ProbeResult(int Status, string Body, HttpResponseMessage Response)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}

/// <summary>
/// Sends requests and checks every answer against the spec with the contract's own response validator, collecting
/// violations and unexpected statuses instead of stopping at the first, so one run reports every gap.
/// </summary>
public sealed class ContractProbe
{
    private static readonly Lazy<Task<ContractDocument>> Contract = new(ContractDocument.LoadEmbeddedAsync);

    public List<string> Failures { get; } = [];

    public HashSet<(string OperationId, int Status)> Seen { get; } = [];

    public static Task<ContractDocument> DocumentAsync() => Contract.Value;

    public async Task<ProbeResult> SendAsync(HttpClient client, HttpMethod method, string url, HttpContent? content = null, int? expected = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var status = (int)response.StatusCode;
        var path = new Uri(new Uri("http://localhost"), url).AbsolutePath;
        if (await FindAsync(method.Method, path) is not { } operation)
        {
            Failures.Add($"{method} {path}: no operation in the spec");
            return new ProbeResult(status, body, response);
        }

        Seen.Add((operation.OperationId, status));
        var headers = response.Headers.Concat(response.Content.Headers)
            .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.SelectMany(h => h.Value)], StringComparer.OrdinalIgnoreCase);
        var snapshot = new ResponseSnapshot(status, headers, response.Content.Headers.ContentType?.ToString(), body);
        Failures.AddRange(ResponseValidator.Validate(operation, snapshot).Select(v => $"{operation.OperationId} {status}: {v}"));
        if (expected is not null && expected != status)
        {
            Failures.Add($"{operation.OperationId} {method} {url}: expected {expected}, got {status} {body}");
        }

        return new ProbeResult(status, body, response);
    }

    /// <summary>Like <see cref="ContractDocument.Find"/>, but a literal segment beats a parameter, so
    /// <c>/documents/search</c> is the search and not a document whose id is "search".</summary>
    public static async Task<ContractOperation?> FindAsync(string method, string path) =>
        (await DocumentAsync()).Operations
            .Where(o => o.Method == method && o.Matches(path))
            .OrderBy(o => o.PathTemplate.Count(c => c == '{'))
            .FirstOrDefault();

    public Task<ProbeResult> GetAsync(HttpClient client, string url, int expected) => SendAsync(client, HttpMethod.Get, url, null, expected);

    public Task<ProbeResult> JsonAsync(HttpClient client, HttpMethod method, string url, object body, int expected) =>
        SendAsync(client, method, url, new StringContent(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json"), expected);

    public void AssertClean() => Assert.True(Failures.Count == 0, string.Join('\n', Failures));
}
