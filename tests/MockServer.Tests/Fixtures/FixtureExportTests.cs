using System.Net;
using System.Net.Http.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Fixtures;

/// <summary>
/// <c>GET /_mock/fixtures</c> writes the state reached by hand as a fixture; loaded into a fresh mock it answers the
/// same: users (their passwords kept as hashes), documents, search, mementos, knowledge and store keys.
/// </summary>
public sealed class FixtureExportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Compared =
    [
        "/api/v1/account/",
        "/api/v1/documents/?page_size=100",
        "/api/v1/documents/search/?q=written%20by%20hand",
        "/api/v1/documents/search/?q=punched%20card",
        "/api/v1/mementos/",
        "/api/v1/integrations/",
    ];

    [Fact]
    public async Task ExportThenLoadIntoAFreshMockAnswersTheSame()
    {
        await using var original = new MockServerApp().WithTeam();
        var ada = await original.SignedInAsync();
        (await ada.PostAsJsonAsync("/api/v1/documents/memorize/", new { name = "Scratch", content = "A note written by hand after the load." }, Ct)).EnsureSuccessStatusCode();
        (await ada.PostAsJsonAsync("/api/v1/mementos/", new { name = "Hand made" }, Ct)).EnsureSuccessStatusCode();
        var control = original.CreateBareClient();
        var store = await control.GetJsonAsync("/_mock/vector-store");
        var newKey = await (await control.PostAsJsonAsync($"/_mock/vector-stores/{store.GetProperty("id").GetString()}/keys", new { name = "ci" }, Ct)).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct);
        (await control.PostAsJsonAsync("/_mock/users", new { email = "later@example.com", password = "another-horse", name = "Later", email_verified = true }, Ct)).EnsureSuccessStatusCode();

        var export = await control.GetAsync("/_mock/fixtures?format=yaml&download=1", Ct);
        var yaml = await export.Content.ReadAsStringAsync(Ct);
        await using var fresh = new MockServerApp();
        var load = await fresh.CreateBareClient().LoadAsync(yaml);

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("attachment; filename=\"fixture.yaml\"", export.Content.Headers.ContentDisposition?.ToString());
        Assert.True(load.IsSuccessStatusCode, await load.Content.ReadAsStringAsync(Ct));
        var adaAgain = await fresh.SignedInAsync();
        foreach (var path in Compared)
        {
            var before = (await ada.GetJsonAsync(path)).ToString();
            var after = (await adaAgain.GetJsonAsync(path)).ToString();
            Assert.True(before == after, $"{path}:\n{before}\n{after}");
        }

        await fresh.SignedInAsync("later@example.com", "another-horse");
        Assert.Equal((await control.GetJsonAsync("/_mock/common-knowledge")).ToString(), (await fresh.CreateBareClient().GetJsonAsync("/_mock/common-knowledge")).ToString());
        Assert.Equal((await control.GetJsonAsync("/_mock/vector-stores")).ToString(), (await fresh.CreateBareClient().GetJsonAsync("/_mock/vector-stores")).ToString());
        Assert.Equal(
            (await control.GetJsonAsync("/api/v1/vector-stores/me", ("x-api-key", newKey.GetProperty("api_key").GetString()!))).ToString(),
            (await fresh.CreateBareClient().GetJsonAsync("/api/v1/vector-stores/me", ("x-api-key", newKey.GetProperty("api_key").GetString()!))).ToString());
        Assert.Equal(
            (await control.GetJsonAsync("/api/v1/documents/", ("X-API-Key", "ck_test_123"))).ToString(),
            (await fresh.CreateBareClient().GetJsonAsync("/api/v1/documents/", ("X-API-Key", "ck_test_123"))).ToString());
    }

    [Fact]
    public async Task TheExportOfAGeneratedWorldLoadsToo()
    {
        await using var original = new MockServerApp();
        var (ada, _) = await original.SignedInUserAsync();

        var json = await original.CreateBareClient().GetStringAsync("/_mock/fixtures", Ct);
        await using var fresh = new MockServerApp();
        var load = await fresh.CreateBareClient().LoadAsync(json);

        Assert.True(load.IsSuccessStatusCode, await load.Content.ReadAsStringAsync(Ct));
        var adaAgain = await fresh.SignedInAsync(password: SessionHelpers.Password);
        Assert.Equal((await ada.GetJsonAsync("/api/v1/documents/?page_size=100")).ToString(), (await adaAgain.GetJsonAsync("/api/v1/documents/?page_size=100")).ToString());
        Assert.Equal((await ada.GetJsonAsync("/api/v1/mementos/")).ToString(), (await adaAgain.GetJsonAsync("/api/v1/mementos/")).ToString());
    }
}
