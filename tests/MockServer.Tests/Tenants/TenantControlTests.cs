using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Rememberizer.Contract.MockServer.Hosting;
using Rememberizer.Contract.MockServer.Http.Resolve;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Tenants;

/// <summary>Naming tenants, listing and dropping them, and the bounds that keep a mock's tenants finite.</summary>
public sealed class TenantControlTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheListShowsTheDefaultFirstThenEachTenantWithWhatItHolds()
    {
        await using var app = new MockServerApp();
        await app.ByHeader("zeta").PostAsJsonAsync("/api/v1/auth/signup/", new { email = "z@example.com", password = "secure_password", name = "Z", captcha = "ok" }, Ct);
        await app.ByHeader("alpha").GetAsync("/_mock/health", Ct);

        var tenants = await app.CreateBareClient().GetFromJsonAsync<List<JsonElement>>("/_mock/tenants", Ct);

        Assert.NotNull(tenants);
        Assert.Equal(["default", "alpha", "zeta"], tenants.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Null, tenants[0].GetProperty("base_path").ValueKind);
        Assert.Equal("/t/zeta/api/v1", tenants[2].GetProperty("base_path").GetString());
        // Every tenant starts with the seeded publisher of the start-up knowledge; zeta has one user more.
        var seeded = tenants[0].GetProperty("users").GetInt32();
        Assert.Equal(seeded + 1, tenants[2].GetProperty("users").GetInt32());
        Assert.Equal(1, tenants[2].GetProperty("messages").GetInt32());
        Assert.Equal(seeded, tenants[1].GetProperty("users").GetInt32());
    }

    [Fact]
    public async Task ARemovedTenantComesBackEmptyOnItsNextUse()
    {
        await using var app = new MockServerApp();
        var temp = app.ByHeader("temp");
        await temp.PostAsJsonAsync("/api/v1/auth/signup/", new { email = "t@example.com", password = "secure_password", name = "T", captcha = "ok" }, Ct);

        var removed = await app.CreateBareClient().DeleteAsync("/_mock/tenants/temp", Ct);
        var again = await app.CreateBareClient().DeleteAsync("/_mock/tenants/temp", Ct);
        var defaultOne = await app.CreateBareClient().DeleteAsync("/_mock/tenants/default", Ct);
        var mail = await temp.GetFromJsonAsync<List<JsonElement>>("/_mock/mailbox", Ct);

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, defaultOne.StatusCode);
        Assert.Empty(mail!);
    }

    [Theory]
    [InlineData("/api/v1/account/", "bad name!")]
    [InlineData("/api/v1/account/", "-leading-dash")]
    [InlineData("/t/bad%20name/api/v1/account/", null)]
    public async Task AnInvalidTenantNameIsA400NamingTheRule(string path, string? header)
    {
        await using var app = new MockServerApp();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (header is not null)
        {
            request.Headers.Add(TenantResolution.Header, header);
        }

        var response = await app.CreateBareClient().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("a tenant name is 1 to 64 letters", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single(await app.CreateBareClient().GetFromJsonAsync<List<JsonElement>>("/_mock/tenants", Ct) ?? []);
    }

    [Fact]
    public async Task APathAndAHeaderNamingDifferentTenantsAreA400()
    {
        await using var app = new MockServerApp();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/t/one/_mock/health");
        request.Headers.Add(TenantResolution.Header, "two");

        var response = await app.CreateBareClient().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await app.CreateBareClient().GetFromJsonAsync<List<JsonElement>>("/_mock/tenants", Ct) ?? []);
    }

    [Fact]
    public async Task OneTenantPastTheLimitIsRefusedAndNothingIsMade()
    {
        await using var app = new MockServerApp().With("Tenants:MaxTenants", "2");

        var first = await app.ByHeader("one").GetAsync("/_mock/health", Ct);
        var second = await app.ByHeader("two").GetAsync("/_mock/health", Ct);
        var firstAgain = await app.ByHeader("one").GetAsync("/_mock/health", Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Contains("Tenants:MaxTenants", (await second.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, firstAgain.StatusCode);
        Assert.Equal(2, (await app.CreateBareClient().GetFromJsonAsync<List<JsonElement>>("/_mock/tenants", Ct))!.Count);
    }

    [Fact]
    public async Task ATenantIdleLongerThanTheTimeoutIsDroppedAndOneInUseIsKept()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var app = new MockServerApp().With("Tenants:IdleTimeout", "00:10:00").WithServices(s => s.AddSingleton<TimeProvider>(time));
        await app.ByHeader("idle").GetAsync("/_mock/health", Ct);
        await app.ByHeader("busy").GetAsync("/_mock/health", Ct);

        time.Advance(TimeSpan.FromMinutes(6));
        await app.ByHeader("busy").GetAsync("/_mock/health", Ct);
        time.Advance(TimeSpan.FromMinutes(6));

        var names = (await app.CreateBareClient().GetFromJsonAsync<List<JsonElement>>("/_mock/tenants", Ct))!.Select(t => t.GetProperty("name").GetString());
        Assert.Equal(["default", "busy"], names);
    }

    [Fact]
    public async Task ABrowserOnAnotherOriginMaySendTheTenantHeader()
    {
        await using var app = new MockServerApp();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/account/");
        preflight.Headers.Add("Origin", "http://localhost:5173");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "x-mock-tenant");

        var response = await app.CreateBareClient().SendAsync(preflight, Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("x-mock-tenant", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheNextRequestOnTheSameConnectionWithoutAHeaderIsTheDefaultTenants()
    {
        await using var server = await InProcessMock.StartAsync([], Ct);
        using var client = new HttpClient { BaseAddress = server.ProviderRoot };
        using var named = new HttpRequestMessage(HttpMethod.Post, "/_mock/users")
        {
            Content = JsonContent.Create(new { email = "conn@example.com", password = "secure_password", name = "C", email_verified = true }),
        };
        named.Headers.Add(TenantResolution.Header, "other");

        var before = await client.GetFromJsonAsync<JsonElement>("/_mock/health", Ct);
        var created = await client.SendAsync(named, Ct);
        var after = await client.GetFromJsonAsync<JsonElement>("/_mock/health", Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(before.GetProperty("users").GetInt32(), after.GetProperty("users").GetInt32());
    }
}
