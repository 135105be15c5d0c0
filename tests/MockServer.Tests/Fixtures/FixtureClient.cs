using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Fixtures;

/// <summary>The repository's example fixture, and the requests the fixture tests make of a mock.</summary>
internal static class FixtureClient
{
    public const string Password = "correct-horse";

    public static string TeamFile { get; } = Path.Combine(RepositoryFiles.Root, "examples", "fixtures", "team.yaml");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static MockServerApp WithTeam(this MockServerApp app, string? scenario = null)
    {
        app.With("Fixtures:File", TeamFile);
        return scenario is null ? app : app.With("Fixtures:Scenario", scenario);
    }

    public static Task<HttpResponseMessage> LoadAsync(this HttpClient client, string fixture, string? scenario = null) =>
        client.PostAsync(scenario is null ? "/_mock/fixtures" : $"/_mock/fixtures?scenario={Uri.EscapeDataString(scenario)}", new StringContent(fixture, Encoding.UTF8, "application/yaml"), Ct);

    public static async Task<HttpClient> SignedInAsync(this MockServerApp app, string email = "ada@example.com", string password = Password)
    {
        var browser = app.CreateBrowser();
        var signIn = await browser.PostAsJsonAsync("/api/v1/auth/signin/", new { login = email, password, captcha = "ok" }, Ct);
        signIn.EnsureSuccessStatusCode();
        return browser;
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        using var response = await client.SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static IReadOnlyList<string> Names(this JsonElement page, string list = "results", string field = "name") =>
        [.. page.GetProperty(list).EnumerateArray().Select(item => item.GetProperty(field).GetString()!)];
}
