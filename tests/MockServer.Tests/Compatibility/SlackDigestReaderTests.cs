using System.Globalization;
using Rememberizer.Contract.MockServer.Tests.Data;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Compatibility;

/// <summary>
/// A Slack channel reader that pages (see <see cref="SlackDigestReader"/>): listed channels, every message of a
/// window read exactly once through either endpoint, in order, each with the user, time and text its parser takes
/// out of the <c>&lt;s&gt;User: …, Time: …, Message: …&lt;/s&gt;</c> form.
/// </summary>
public sealed class SlackDigestReaderTests
{
    private static async Task<(SlackDigestReader Reader, IReadOnlyList<int> Channels)> ReaderAsync(MockServerApp app)
    {
        var reader = SlackDigestReader.For(app, await app.StartupKnowledgeKeyAsync());
        return (reader, await reader.ChannelsAsync());
    }

    [Fact]
    public async Task EveryMessageOfEveryChannelIsReadOnceInOrderThroughTheDiscussionsEndpoint()
    {
        await using var app = new MockServerApp();
        var (reader, channels) = await ReaderAsync(app);

        Assert.NotEmpty(channels);
        var pagedOnce = false;
        foreach (var pk in channels)
        {
            var (topLevel, replies, pages) = await reader.DiscussionAsync(pk, "2020-01-01T00:00:00Z", "2100-01-01T00:00:00Z");
            var (transcript, _) = await reader.DocumentAsync(pk, 0, 4_102_444_800);

            // The channel's document holds everything said in it: the same messages, none lost, none twice.
            Assert.Equal(transcript.Count, topLevel.Count + replies.Count);
            Assert.Equal(transcript.Select(m => m.Time).Order(StringComparer.Ordinal), topLevel.Concat(replies).Select(m => m.Time).Order(StringComparer.Ordinal));
            Assert.Equal(topLevel.Select(m => m.Time).Order(StringComparer.Ordinal), topLevel.Select(m => m.Time));
            Assert.Equal(topLevel.Count, topLevel.Select(m => m.Time).Distinct().Count());
            Assert.All(topLevel, m =>
            {
                Assert.False(string.IsNullOrWhiteSpace(m.User));
                Assert.False(string.IsNullOrWhiteSpace(m.Text));
                Assert.True(DateTime.TryParseExact(m.Time, "yyyy-MM-dd HH:mm:ss:ffffff", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), m.Time);
            });
            pagedOnce |= pages > 2;
        }

        Assert.True(pagedOnce, "some channel has more than one page of messages, so the loop was exercised");
    }

    [Fact]
    public async Task TheOlderReaderPagesTheChannelDocumentWithUnixSecondsToTheEnd()
    {
        await using var app = new MockServerApp();
        var (reader, channels) = await ReaderAsync(app);
        var now = app.Clock.GetUtcNow();

        var (messages, pages) = await reader.DocumentAsync(channels[0], now.AddDays(-1).ToUnixTimeSeconds(), now.ToUnixTimeSeconds());

        Assert.NotEmpty(messages);
        Assert.True(pages >= 2, "the loop ends on the read past the last chunk");
    }

    [Fact]
    public async Task AWindowGivenInUnixSecondsReadsTheSameMessagesAsInIsoDates()
    {
        await using var app = new MockServerApp();
        var (reader, channels) = await ReaderAsync(app);
        var to = DateTimeOffset.FromUnixTimeSeconds(app.Clock.GetUtcNow().ToUnixTimeSeconds());
        var from = to.AddDays(-14);
        var http = app.KeyClient(await app.StartupKnowledgeKeyAsync());

        var (iso, _, _) = await reader.DiscussionAsync(channels[0], from.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), to.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        var unix = await http.GetJsonAsync(string.Create(CultureInfo.InvariantCulture,
            $"/api/v1/discussions/{channels[0]}/contents/?integration_type=slack&from={from.ToUnixTimeSeconds()}&to={to.ToUnixTimeSeconds()}&start_chunk=0"));

        Assert.NotEmpty(iso);
        Assert.Equal(iso.Take(20), SlackDigestReader.Parse(unix.GetProperty("discussion_content").GetString()!));
    }
}
