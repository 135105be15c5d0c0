using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Tests.Fixtures;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Control;

/// <summary>
/// The Pact state-change hook reads its body as the other control endpoints do: a wrongly typed field is a 400
/// naming it, malformed JSON says where it broke, a charset it does not know is no 500, and nothing changes.
/// Before, each was a bare <c>{"detail": "Bad request."}</c> (or a 500 for the charset).
/// </summary>
public sealed class ProviderStateBodyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> BadBodies => new()
    {
        { """{"state": 123}""", "state", "Not a valid string." },
        { """{"state": "an account exists", "params": "x"}""", "params", "Expected a dictionary of items but got type \"str\"." },
        { """{"state": "an account exists", "action": ["setup"]}""", "action", "Not a valid string." },
        { """{"state": "an account exists", "params": {"\ud800": "x"}}""", "params", "Not a valid string." },
        { """{"state": "an account exists", "params": {"email": "\ud800@example.com"}}""", "params", "Not a valid string." },
        { """{"state": """, "detail", "JSON parse error - " },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task AWronglyTypedFieldIsNamed(string body, string field, string message)
    {
        await using var app = new MockServerApp();
        var control = app.CreateBareClient();
        var before = await control.GetJsonAsync("/_mock/users");

        var response = await control.PostAsync("/_mock/provider-states", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        var after = await control.GetJsonAsync("/_mock/users");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var said = errors.GetProperty(field);
        Assert.StartsWith(message, said.ValueKind == JsonValueKind.Array ? said[0].GetString() : said.GetString(), StringComparison.Ordinal);
        Assert.Equal(before.ToString(), after.ToString());
    }

    [Fact]
    public async Task AnUnknownCharsetIsReadAsUtf8()
    {
        await using var app = new MockServerApp();
        var content = new StringContent("""{"state": "an account exists", "params": {"email": "pact@example.com"}}""", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=bogus");

        var response = await app.CreateBareClient().PostAsync("/_mock/provider-states", content, Ct);
        var values = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(values.TryGetProperty("userId", out _), values.ToString());
    }
}
