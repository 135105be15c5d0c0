using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Rememberizer.Contract.MockServer.Hosting;
using Rememberizer.Contract.MockServer.Proxy;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Proxy;

/// <summary>
/// The drift report lists exactly the differences between the upstream and the contract: none for an upstream that
/// keeps the contract (the mock itself), each planted one with its kind and JSON Pointer, counted; and it never shows
/// a credential.
/// </summary>
public sealed class DriftTests
{
    private const string Secret = "s3cr3t-0123456789abcdef-credential";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnUpstreamThatKeepsTheContractShowsNoDrift()
    {
        await using var upstream = await UpstreamWithAdaAsync();
        using var control = new HttpClient { BaseAddress = upstream.ProviderRoot };
        var vectorStore = await control.GetFromJsonAsync<JsonElement>("/_mock/vector-store", Ct);
        var storeId = vectorStore.GetProperty("id").GetString()!;
        var storeKey = vectorStore.GetProperty("api_key").GetString()!;
        var knowledgeKey = (await control.GetFromJsonAsync<JsonElement>("/_mock/common-knowledge", Ct))[0].GetProperty("api_key").GetString()!;
        await using var proxy = await RunningProxy.StartAsync(new ProxyArguments(upstream.ProviderRoot));
        var api = proxy.Client;

        var signIn = await api.PostAsJsonAsync("/api/v1/auth/signin/", new { login = "ada@example.com", password = SessionHelpers.Password, captcha = SessionHelpers.Captcha }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        var cookie = string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var statuses = new List<HttpStatusCode> { signIn.StatusCode };
        async Task Send(HttpMethod method, string path, string? header = null, string? value = null, object? json = null)
        {
            using var request = new HttpRequestMessage(method, path) { Content = json is null ? null : JsonContent.Create(json) };
            if (header is not null)
            {
                request.Headers.Add(header, value);
            }

            using var response = await api.SendAsync(request, Ct);
            statuses.Add(response.StatusCode);
        }

        await Send(HttpMethod.Get, "/api/v1/account/", "Cookie", cookie);
        await Send(HttpMethod.Get, "/api/v1/account/");
        await Send(HttpMethod.Get, "/api/v1/documents/?page=1&page_size=5", "Cookie", cookie);
        await Send(HttpMethod.Get, "/api/v1/documents/search/?q=roadmap&n=3", "Cookie", cookie);
        await Send(HttpMethod.Post, "/api/v1/documents/memorize/", "Cookie", cookie, new { name = "Plan", content = "The roadmap puts search first." });
        await Send(HttpMethod.Get, "/api/v1/documents/999999/contents/", "Cookie", cookie);
        await Send(HttpMethod.Get, "/api/v1/mementos/", "Cookie", cookie);
        await Send(HttpMethod.Get, "/api/v1/integrations/", "Cookie", cookie);
        await Send(HttpMethod.Get, "/api/v1/documents/search/?q=integrate&n=2", "X-API-Key", knowledgeKey);
        await Send(HttpMethod.Get, $"/api/v1/vector-stores/{storeId}/documents", "x-api-key", storeKey);
        await Send(HttpMethod.Post, "/api/v1/auth/signin/", json: new { login = "ada@example.com", password = SessionHelpers.Password, captcha = "invalid-captcha" });

        Assert.Contains(HttpStatusCode.NotFound, statuses);
        Assert.Contains(HttpStatusCode.Unauthorized, statuses);
        Assert.Contains(HttpStatusCode.BadRequest, statuses);
        var report = await proxy.DriftAsync();
        Assert.Empty(RunningProxy.Drifts(report));
        Assert.Equal(statuses.Count, report.GetProperty("exchanges").GetInt64());
    }

    [Fact]
    public async Task TheUnversionedMeGoesUpstreamAsSentAndIsCheckedAsGetMe()
    {
        await using var upstream = await UpstreamWithAdaAsync();
        await using var proxy = await RunningProxy.StartAsync(new ProxyArguments(upstream.ProviderRoot));
        var signIn = await proxy.Client.PostAsJsonAsync("/api/v1/auth/signin/", new { login = "ada@example.com", password = SessionHelpers.Password, captcha = SessionHelpers.Captcha }, Ct);
        var cookie = string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add("Cookie", cookie);
        using var me = await proxy.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal("ada@example.com", (await me.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("email").GetString());
        var report = await proxy.DriftAsync();
        Assert.Empty(RunningProxy.Drifts(report)); // getMe's contract, not an unknown operation
        Assert.Equal(2, report.GetProperty("exchanges").GetInt64());
    }

    [Fact]
    public async Task EachPlantedDifferenceIsReportedWithItsKindAndPointerAndCounted()
    {
        await using var upstream = await StubUpstream.StartAsync(app =>
        {
            app.MapGet("/api/v1/account/", () => Results.Json(new { id = "not-a-number", name = "Ada", plan = "pro" }));
            app.MapGet("/api/v1/documents/", () => Results.Json(new
            {
                count = 1,
                next = (string?)null,
                previous = (string?)null,
                results = new[] { new { pk = 1, name = "Plan.md", size_bytes = 10 } },
            }));
            app.MapGet("/api/v1/integrations/", () => Results.StatusCode(418));
            app.MapGet("/api/v1/not-in-the-contract/", () => Results.Json(new { }));
            app.MapPost("/api/v1/auth/signin/", () => Results.NoContent());
            app.MapGet("/api/v1/documents/search/", () => Results.Json(new Dictionary<string, string[]> { ["q"] = ["This field is required."] }, statusCode: 400));
        });
        await using var proxy = await RunningProxy.StartAsync(new ProxyArguments(upstream.Root));
        var api = proxy.Client;

        await api.GetAsync("/api/v1/account/", Ct);
        await api.GetAsync("/api/v1/account/", Ct);
        await api.GetAsync("/api/v1/documents/", Ct);
        await api.GetAsync("/api/v1/integrations/", Ct);
        await api.GetAsync("/api/v1/not-in-the-contract/", Ct);
        await api.PostAsJsonAsync("/api/v1/auth/signin/", new { login = "ada@example.com", password = Secret, captcha = "x" }, Ct);
        await api.GetAsync("/api/v1/documents/search/", Ct);

        var report = await proxy.DriftAsync();
        var drifts = RunningProxy.Drifts(report);
        Assert.Equal(7, report.GetProperty("exchanges").GetInt64());
        Assert.Contains(("wrong_type", "/id", "/api/v1/account/", 200, 2L), drifts);
        Assert.Contains(("missing_field", "/email", "/api/v1/account/", 200, 2L), drifts);
        Assert.Contains(("undeclared_field", "/plan", "/api/v1/account/", 200, 2L), drifts);
        Assert.Contains(("undeclared_field", "/results/*/size_bytes", "/api/v1/documents/", 200, 1L), drifts);
        Assert.Contains(("undeclared_status", "", "/api/v1/integrations/", 418, 1L), drifts);
        Assert.Contains(("unknown_operation", "", "/api/v1/not-in-the-contract/", 200, 1L), drifts);
        Assert.Contains(("missing_header", "Set-Cookie", "/api/v1/auth/signin/", 204, 1L), drifts);
        Assert.Contains(("request_violation", "query:q", "/api/v1/documents/search/", 400, 1L), drifts);
        var first = report.GetProperty("drifts")[0];
        Assert.Equal("getAccount", first.GetProperty("operation_id").GetString());
        Assert.Equal("GET", first.GetProperty("method").GetString());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("detail").GetString()));

        // A line per new drift, not per sighting.
        var lines = proxy.Terminal.Seen.Where(l => l.Contains("drift ", StringComparison.Ordinal)).ToList();
        Assert.Single(lines, l => l.Contains("undeclared_field /plan", StringComparison.Ordinal));

        using var cleared = await api.DeleteAsync("/_mock/drift", Ct);
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        report = await proxy.DriftAsync();
        Assert.Empty(RunningProxy.Drifts(report));
        Assert.Equal(0, report.GetProperty("exchanges").GetInt64());
    }

    [Fact]
    public async Task CredentialsNeverAppearInTheReportTheRequestLogOrTheTerminal()
    {
        await using var upstream = await StubUpstream.StartAsync(app =>
            app.MapPost("/api/v1/auth/signin/", () => Results.Json(new { password = Secret, access = Secret }, statusCode: 400)));
        await using var proxy = await RunningProxy.StartAsync(new ProxyArguments(upstream.Root), "--MockServer:Quiet=false");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/signin/")
        {
            Content = new StringContent($$"""{"login":"ada@example.com","password":"{{Secret}}","captcha":"x"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Authorization", $"Bearer {Secret}");
        request.Headers.Add("Cookie", $"access_token={Secret}");
        request.Headers.Add("X-API-Key", Secret);
        using var response = await proxy.Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        var report = (await proxy.DriftAsync()).GetRawText();
        Assert.NotEmpty(RunningProxy.Drifts(JsonDocument.Parse(report).RootElement));
        var logged = await proxy.Client.GetFromJsonAsync<JsonElement>("/_mock/requests", Ct);
        var id = logged[0].GetProperty("id").GetInt64();
        var detail = await proxy.Client.GetStringAsync($"/_mock/requests/{id}", Ct);
        await proxy.Terminal.NextLineAsync(l => l.Contains("POST", StringComparison.Ordinal));

        Assert.DoesNotContain(Secret, report, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, detail.Replace(Secret[..4] + "…" + Secret[^4..], "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(proxy.Terminal.Seen, l => l.Contains(Secret, StringComparison.Ordinal));
    }

    /// <summary>A mock as the upstream, with Ada's verified account in it.</summary>
    private static async Task<InProcessMock> UpstreamWithAdaAsync()
    {
        var upstream = await InProcessMock.StartAsync([], Ct);
        using var control = new HttpClient { BaseAddress = upstream.ProviderRoot };
        var created = await control.PostAsJsonAsync("/_mock/users", new { email = "ada@example.com", password = SessionHelpers.Password, name = "Ada", email_verified = true }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return upstream;
    }
}
