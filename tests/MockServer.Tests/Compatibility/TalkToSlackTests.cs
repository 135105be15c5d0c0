using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Rememberizer.Contract.MockServer.Tests.Data;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Compatibility;

/// <summary>
/// talk-to-slack (skydeckai/rememberizer, <c>talk-to-slack/provider.py</c> and <c>constants.py</c> at 409dcdc), the Slack
/// bot of Rememberizer's own examples: every call its model may choose, sent as its <c>requests</c> code sends them
/// (the OAuth access token as <c>Authorization: Bearer</c>, arguments as <c>params</c>, encoded by urlencode, after
/// the query its URL constants already carry, with no trailing slash on two of them), and what it reads back (the JSON
/// body and whether the status is 200).
/// </summary>
public sealed class TalkToSlackTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SearchAccountChannelsAndAChannelsContentAnswer200WithTheFieldsItHandsTheModel()
    {
        await using var app = new MockServerApp();
        var bot = await BotAsync(app);

        using var search = await bot.GetAsync("documents/search/?q=release+plans+for+the+next+quarter&n=3", Ct);
        using var account = await bot.GetAsync("account/", Ct);
        using var channels = await bot.GetAsync("documents?integration_type=slack", Ct);

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.True((await search.JsonAsync()).TryGetProperty("matched_chunks", out _));
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Equal(HttpStatusCode.OK, channels.StatusCode);
        var listed = (await channels.JsonAsync()).GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(listed);
        Assert.All(listed, channel => Assert.Equal("slack", channel.GetProperty("integration_type").GetString()));

        // get_discussion_content: {"discussion_id": pk, "from": ISO, "to": ISO}; the id goes into the path, the rest after ?integration_type=slack.
        var pk = listed[0].GetProperty("pk").GetInt32();
        using var content = await bot.GetAsync($"discussions/{pk}/contents?integration_type=slack&from=2020-01-01T00%3A00%3A00Z&to=2100-01-01T00%3A00%3A00Z", Ct);

        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        var discussion = await content.JsonAsync();
        Assert.Contains("<s>User: ", discussion.GetProperty("discussion_content").GetString(), StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, discussion.GetProperty("thread_contents").ValueKind);
    }

    /// <summary>The bot's session: an OAuth access token, which the mock's sign-in issues as the access JWT.</summary>
    private static async Task<HttpClient> BotAsync(MockServerApp app)
    {
        await app.CreateUserAsync("slack-bot@example.com");
        var access = await AccessTokenAsync(app, "slack-bot@example.com");
        var bot = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost/api/v1/") });
        bot.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
        return bot;
    }

    private static async Task<string> AccessTokenAsync(MockServerApp app, string email)
    {
        using var response = await app.CreateBareClient().PostAsync("/api/v1/auth/signin/", System.Net.Http.Json.JsonContent.Create(
            new { login = email, password = SessionHelpers.Password, captcha = SessionHelpers.Captcha }), Ct);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("access_token=", StringComparison.Ordinal))["access_token=".Length..];
    }
}
