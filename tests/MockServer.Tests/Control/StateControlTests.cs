using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Control;

/// <summary><c>/_mock/reset</c> and <c>/_mock/requests</c>, and the switch that turns the control API off.</summary>
public sealed class StateControlTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ResetForgetsUsersAndMemorizedTextAndRewindsTheClock()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        (await browser.PostAsJsonAsync("/api/v1/documents/memorize/", new { name = "Reset me", content = "gone after reset" }, Ct)).EnsureSuccessStatusCode();
        await app.Clock.AdvanceAsync(TimeSpan.FromHours(3));

        var reset = await app.CreateBareClient().PostAsync("/_mock/reset", null, Ct);

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(TimeSpan.Zero, app.Clock.Offset);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/account/", Ct)).StatusCode);
        var again = await app.SignedInBrowserAsync();
        var memorized = await again.GetFromJsonAsync<JsonElement>("/api/v1/documents/?integration_type=memorize", Ct);
        Assert.Equal(0, memorized.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task RequestLogShowsStatusAndTheContractViolation()
    {
        await using var app = new MockServerApp();
        var client = app.CreateBareClient();
        await client.PostAsJsonAsync("/api/v1/auth/signin/", new { login = "x@example.com" }, Ct);

        var log = await client.GetFromJsonAsync<JsonElement[]>("/_mock/requests", Ct);

        var entry = Assert.Single(log!, e => e.GetProperty("path").GetString() == "/api/v1/auth/signin/");
        Assert.Equal(400, entry.GetProperty("status").GetInt32());
        Assert.Contains(entry.GetProperty("violations").EnumerateArray(), v => v.GetString()!.Contains("password", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResponseCheckingLogsConformingResponsesWithoutViolations()
    {
        await using var app = new MockServerApp().With("MockServer:CheckResponses", "true");
        var browser = await app.SignedInBrowserAsync();
        (await browser.GetAsync("/api/v1/documents/?page_size=3", Ct)).EnsureSuccessStatusCode();

        var log = await app.CreateBareClient().GetFromJsonAsync<JsonElement[]>("/_mock/requests", Ct);

        var entry = Assert.Single(log!, e => e.GetProperty("path").GetString() == "/api/v1/documents/");
        Assert.Equal(200, entry.GetProperty("status").GetInt32());
        Assert.Empty(entry.GetProperty("violations").EnumerateArray());
    }

    [Fact]
    public async Task ControlApiCanBeTurnedOff()
    {
        await using var app = new MockServerApp().With("MockServer:ControlApiEnabled", "false");

        var response = await app.CreateBareClient().PostAsync("/_mock/reset", null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task HealthAndConfigAnswerInSnakeCase()
    {
        await using var app = new MockServerApp().With("Auth:AccessTokenLifetime", "00:02:00");
        var control = app.CreateBareClient();

        var health = await control.GetFromJsonAsync<JsonElement>("/_mock/health", Ct);
        var config = await control.GetFromJsonAsync<JsonElement>("/_mock/config", Ct);

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("00:02:00", config.GetProperty("auth").GetProperty("access_token_lifetime").GetString());
        Assert.Equal(20240101, config.GetProperty("data").GetProperty("seed").GetInt32());
        Assert.False(config.GetProperty("mock_server").GetProperty("check_responses").GetBoolean());
        Assert.False(config.GetProperty("mock_server").GetProperty("quiet").GetBoolean());
        Assert.Matches(@"^\d+\.\d+\.\d+", config.GetProperty("version").GetString());
        Assert.Equal(JsonValueKind.Array, config.GetProperty("listening").ValueKind);
    }
}
