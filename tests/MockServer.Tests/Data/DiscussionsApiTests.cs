using System.Net;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Data;

public sealed class DiscussionsApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ChannelMessagesComeBackWithinTheWindowWithTheirThreads()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        var channel = (await browser.GetJsonAsync("/api/v1/documents/?integration_type=slack")).GetProperty("results")[0].GetProperty("id").GetInt32();
        var url = $"/api/v1/discussions/{channel}/contents/?integration_type=slack";

        var all = await browser.GetJsonAsync(url + "&from=2020-01-01T00:00:00Z&to=2100-01-01T00:00:00Z");
        var lastWeek = await browser.GetJsonAsync(url);
        var reversed = await browser.GetAsync(url + "&from=2025-01-02T00:00:00Z&to=2025-01-01T00:00:00Z", Ct);
        var asDiscord = await browser.GetAsync($"/api/v1/discussions/{channel}/contents/?integration_type=discord", Ct);

        Assert.StartsWith("<s>User: ", all.GetProperty("discussion_content").GetString());
        Assert.NotEmpty(all.GetProperty("thread_contents").EnumerateObject());
        var recent = lastWeek.GetProperty("discussion_content").GetString()!;
        Assert.NotEqual("", recent);
        Assert.True(string.CompareOrdinal(FirstTime(all), FirstTime(lastWeek)) < 0, "the default window is the last seven days, not everything");
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asDiscord.StatusCode);
    }

    private static string FirstTime(System.Text.Json.JsonElement contents)
    {
        var text = contents.GetProperty("discussion_content").GetString()!;
        var at = text.IndexOf(", Time: ", StringComparison.Ordinal) + ", Time: ".Length;
        return text[at..(at + 19)];
    }

    [Fact]
    public async Task DiscordChannelsAreListedAndReadLikeSlackOnes()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        var channel = (await browser.GetJsonAsync("/api/v1/documents/?integration_type=discord")).GetProperty("results")[0];

        var contents = await browser.GetJsonAsync($"/api/v1/discussions/{channel.GetProperty("id").GetInt32()}/contents/?integration_type=discord");

        Assert.StartsWith("#", channel.GetProperty("name").GetString());
        Assert.StartsWith("https://discord.com/channels/", channel.GetProperty("url").GetString());
        Assert.NotEqual("", contents.GetProperty("discussion_content").GetString());
    }

    [Fact]
    public async Task ADocumentThatIsNotAChannelIsNotFound()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        var file = (await browser.GetJsonAsync("/api/v1/documents/?integration_type=google_drive")).GetProperty("results")[0].GetProperty("id").GetInt32();

        var response = await browser.GetAsync($"/api/v1/discussions/{file}/contents/?integration_type=slack", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("0")]
    public async Task AToAtTheStartOfTimeIsAnEmptyWindowNotAnError(string to)
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        var channel = (await browser.GetJsonAsync("/api/v1/documents/?integration_type=slack")).GetProperty("results")[0].GetProperty("id").GetInt32();

        var response = await browser.GetAsync($"/api/v1/discussions/{channel}/contents/?integration_type=slack&to={to}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", (await response.JsonAsync()).GetProperty("discussion_content").GetString());
    }
}
