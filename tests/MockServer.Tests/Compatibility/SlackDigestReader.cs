using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rememberizer.Contract.MockServer.Tests.Data;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Compatibility;

/// <summary>
/// The paging loops and the message parser of the Slack readers that page (a public JavaScript Slack-digest bot:
/// its newer versions read <c>discussions/{pk}/contents/</c> with ISO dates, its older one
/// <c>documents/{id}/contents</c> with Unix seconds), as WHATWG <c>fetch</c> with <c>URLSearchParams</c> sends them.
/// </summary>
public sealed partial class SlackDigestReader(HttpClient http)
{
    /// <summary>Far more pages than any channel has: a loop that does not end fails instead of hanging.</summary>
    private const int MaxPages = 500;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A client as the bot builds it: the base URL and one key on every request.</summary>
    public static SlackDigestReader For(MockServerApp app, string apiKey)
    {
        var http = app.CreateBareClient();
        http.BaseAddress = new Uri("http://localhost/api/v1/");
        http.DefaultRequestHeaders.Add("x-api-key", apiKey);
        return new SlackDigestReader(http);
    }

    /// <summary>One parsed message: who, when (as written), what.</summary>
    public sealed record Message(string User, string Time, string Text);

    /// <summary><c>documents?integration_type=slack&amp;page_size=1000&amp;page=N</c> until every channel is listed: their pks.</summary>
    public async Task<IReadOnlyList<int>> ChannelsAsync()
    {
        var pks = new List<int>();
        for (var page = 1; ; page++)
        {
            var listed = await GetJsonAsync($"documents?integration_type=slack&page_size=1000&page={page}");
            pks.AddRange(listed.GetProperty("results").EnumerateArray().Select(d => (d.TryGetProperty("pk", out var pk) ? pk : d.GetProperty("id")).GetInt32()));
            if (pks.Count >= listed.GetProperty("count").GetInt32())
            {
                return pks;
            }
        }
    }

    /// <summary>
    /// The newer versions: <c>discussions/{pk}/contents/?integration_type=slack&amp;start_chunk=K&amp;from=ISO&amp;to=ISO</c>
    /// from chunk 0, continuing at <c>end_chunk + 1</c> until <c>end_chunk</c> is missing or below <c>start_chunk</c>;
    /// messages parsed from <c>discussion_content</c> and every thread.
    /// </summary>
    public async Task<(IReadOnlyList<Message> TopLevel, IReadOnlyList<Message> Replies, int Pages)> DiscussionAsync(int pk, string fromIso, string toIso)
    {
        var (topLevel, replies) = (new List<Message>(), new List<Message>());
        var (start, pages) = (0, 0);
        while (pages++ < MaxPages)
        {
            var page = await GetJsonAsync($"discussions/{pk}/contents/?integration_type=slack&start_chunk={start}&from={Escape(fromIso)}&to={Escape(toIso)}");
            topLevel.AddRange(Parse(page.GetProperty("discussion_content").GetString()!));
            replies.AddRange(page.GetProperty("thread_contents").EnumerateObject().SelectMany(t => Parse(t.Value.GetString()!)));
            if (!page.TryGetProperty("end_chunk", out var end) || end.ValueKind != JsonValueKind.Number || end.GetInt32() < start)
            {
                return (topLevel, replies, pages);
            }

            start = end.GetInt32() + 1;
        }

        Assert.Fail($"Reading discussion {pk} did not end after {MaxPages} pages.");
        return default;
    }

    /// <summary>
    /// The older version: <c>documents/{id}/contents?start_chunk=K&amp;from=SECONDS&amp;to=SECONDS</c>, the same loop,
    /// messages parsed from the concatenated <c>content</c>.
    /// </summary>
    public async Task<(IReadOnlyList<Message> Messages, int Pages)> DocumentAsync(int id, long fromSeconds, long toSeconds)
    {
        var text = new System.Text.StringBuilder();
        var (start, pages) = (0, 0);
        while (pages++ < MaxPages)
        {
            var page = await GetJsonAsync(string.Create(CultureInfo.InvariantCulture, $"documents/{id}/contents?start_chunk={start}&from={fromSeconds}&to={toSeconds}"));
            text.Append(page.GetProperty("content").GetString());
            if (!page.TryGetProperty("end_chunk", out var end) || end.ValueKind != JsonValueKind.Number || end.GetInt32() < start)
            {
                return (Parse(text.ToString()), pages);
            }

            start = end.GetInt32() + 1;
        }

        Assert.Fail($"Reading document {id} did not end after {MaxPages} pages.");
        return default;
    }

    /// <summary>The bot's parser: every <c>&lt;s&gt;User: …, Time: …, Message: …&lt;/s&gt;</c>, across lines.</summary>
    public static IReadOnlyList<Message> Parse(string text) =>
        [.. MessageForm().Matches(text).Select(m => new Message(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value))];

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await http.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    // URLSearchParams: ':' is percent-encoded, as every character but the unreserved ones and '*'.
    private static string Escape(string value) => Uri.EscapeDataString(value);

    [GeneratedRegex(@"<s>User: (.*?), Time: (.*?), Message: (.*?)</s>", RegexOptions.Singleline)]
    private static partial Regex MessageForm();
}
