using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Fixtures;

/// <summary>
/// Every kind of bad fixture is refused with a 400 naming the problem at its JSON Pointer (DRF's field errors, the
/// pointer as the field), and the state is what it was: the team's world stays loaded.
/// </summary>
public sealed class BadFixtureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string?, string> BadFiles => new()
    {
        { "unknown field", "users: [{ email: a@example.com, password: pw, nmae: A }]", null, "/users/0/nmae" },
        { "wrong type", "users: [{ email: a@example.com, password: pw, email_verified: \"yes\" }]", null, "/users/0/email_verified" },
        { "missing field", "users: [{ password: pw }]", null, "/users/0/email" },
        { "no password", "users: [{ email: a@example.com }]", null, "/users/0/password" },
        { "duplicate e-mail", "users: [{ email: a@example.com, password: pw }, { email: A@example.com, password: pw }]", null, "/users/1/email" },
        {
            "duplicate key",
            "users: [{ email: a@example.com, password: pw, vector_stores: [{ name: S, api_keys: [{ name: k, key: same }] }], documents: [{ name: d }], mementos: [{ name: m }], common_knowledge: [{ name: K, memento: m, api_key: same }] }]",
            null,
            "/users/0/common_knowledge/0/api_key"
        },
        { "memento naming a missing document", "users: [{ email: a@example.com, password: pw, mementos: [{ name: m, documents: [Nope.md] }] }]", null, "/users/0/mementos/0/documents/0" },
        { "knowledge naming a missing memento", "users: [{ email: a@example.com, password: pw, common_knowledge: [{ name: K, memento: nope }] }]", null, "/users/0/common_knowledge/0/memento" },
        { "duplicate document id", "users: [{ email: a@example.com, password: pw, documents: [{ id: 7, name: a }, { id: 7, name: b }] }]", null, "/users/0/documents/1/id" },
        { "unknown integration", "users: [{ email: a@example.com, password: pw, documents: [{ name: a, integration: notion }] }]", null, "/users/0/documents/0/integration" },
        { "bad date", "clock: next tuesday", null, "/clock" },
        { "unknown scenario", "scenarios: { one: {} }", "two", "/scenarios" },
        { "field inside a scenario", "scenarios: { one: { users: [{ email: a@example.com, password: pw, role: admin }] } }", null, "/scenarios/one/users/0/role" },
        { "YAML syntax", "users: [{ email: a@example.com", null, "non_field_errors" },
        { "not an object", "- just\n- a list", null, "non_field_errors" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task ABadFileIsRefusedAtItsPointerAndNothingChanges(string kind, string fixture, string? scenario, string pointer)
    {
        await using var app = new MockServerApp().WithTeam();
        var control = app.CreateBareClient();
        var before = await control.GetJsonAsync("/_mock/users");

        var response = await control.LoadAsync(fixture, scenario);
        var errors = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var after = await control.GetJsonAsync("/_mock/users");

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{kind}: {(int)response.StatusCode} {errors}");
        Assert.True(errors.TryGetProperty(pointer, out var messages), $"{kind}: {errors}");
        Assert.NotEmpty(messages[0].GetString()!);
        Assert.Equal(before.ToString(), after.ToString());
    }

    [Fact]
    public async Task AnEmptyBodyWithoutALoadedFixtureIsRefused()
    {
        await using var app = new MockServerApp();

        var response = await app.CreateBareClient().PostAsync("/_mock/fixtures?scenario=any", null, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("No fixture is loaded", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
