using System.Net;
using System.Text;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Tests.Fixtures;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Control;

/// <summary>
/// A string that escapes a lone surrogate (<c>"\ud800"</c>) is valid JSON but holds no text: the control API and
/// fixture files refuse it naming the field, "Not a valid string.", as a 400 and not a 500, and nothing changes.
/// </summary>
public sealed class LoneSurrogateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> Bodies => new()
    {
        { "/_mock/users", """{"email":"\ud800@example.com","password":"password123","name":"x","email_verified":true}""", "email" },
        { "/_mock/users", """{"email":"a@example.com","password":"\ud800password123","name":"x"}""", "password" },
        { "/_mock/preferences", """{"prefer":"\ud800"}""", "prefer" },
        { "/_mock/common-knowledge", """{"owner_email":"\udc00","name":"K"}""", "owner_email" },
        { "/_mock/vector-stores/{store}/keys", """{"name":"\ud800"}""", "name" },
        { "/_mock/fixtures", """{"users":[{"email":"a@b.c","password":"pw123456","name":"\ud800"}]}""", "/users/0/name" },
        { "/_mock/fixtures", """{"users":[{"email":"a@b.c","password":"pw123456","mementos":[{"name":"m","documents":["\ud800"]}]}]}""", "/users/0/mementos/0/documents/0" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task ALoneSurrogateIsNotAValidString(string path, string body, string field)
    {
        await using var app = new MockServerApp().WithTeam();
        var control = app.CreateBareClient();
        var store = (await control.GetJsonAsync("/_mock/vector-stores"))[0].GetProperty("id").ToString();
        var before = await StateAsync(control, store);

        var response = await control.PostAsync(path.Replace("{store}", store, StringComparison.Ordinal), new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        var errors = await response.Content.ReadAsStringAsync(Ct);
        var after = await StateAsync(control, store);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode} {errors}");
        var messages = JsonDocument.Parse(errors).RootElement.GetProperty(field);
        Assert.Contains("Not a valid string.", messages.EnumerateArray().Select(message => message.GetString()));
        Assert.Equal(before, after);
    }

    private static async Task<string> StateAsync(HttpClient control, string store) => string.Join(
        '\n',
        await control.GetJsonAsync("/_mock/users"),
        await control.GetJsonAsync("/_mock/preferences"),
        await control.GetJsonAsync("/_mock/common-knowledge"),
        await control.GetJsonAsync($"/_mock/vector-stores/{store}/keys"));
}
