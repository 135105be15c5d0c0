using System.Globalization;
using System.Text;

namespace Rememberizer.Contract.Fake.Documents;

/// <summary>One chat message; top-level messages may carry a thread of replies.</summary>
public sealed record ChatMessage(DateTimeOffset At, string Author, string Text, IReadOnlyList<ChatMessage> Replies);

/// <summary>
/// A page of a channel's messages in a time window, formatted as the discussions endpoint returns them, and the
/// index of its last top-level message (<c>end_chunk</c>; below the start when the page is empty).
/// </summary>
public sealed record DiscussionWindow(string Content, IReadOnlyDictionary<string, string> Threads, int EndChunk);

/// <summary>A Slack or Discord channel; it is also listed as a document whose text is the transcript.</summary>
public sealed partial record Discussion(int DocumentId, string Platform, IReadOnlyList<ChatMessage> Messages)
{
    /// <summary>
    /// Top-level messages at or after <paramref name="from"/> and at or before <paramref name="to"/>, oldest first,
    /// paged as chunks of one top-level message each: <paramref name="startChunk"/> and at most
    /// <see cref="Documents.ChunkRange.MaxChunks"/> after it, with the threads those messages started.
    /// </summary>
    public DiscussionWindow Read(DateTimeOffset from, DateTimeOffset to, int startChunk = 0)
    {
        var inWindow = Messages.Where(m => m.At >= from && m.At <= to).ToList();
        var (first, last) = Documents.ChunkRange.Window(inWindow.Count, startChunk, end: null);
        var page = inWindow.Skip(first).Take(last - first + 1).ToList();
        var threads = page
            .Where(m => m.Replies.Count > 0)
            .ToDictionary(m => ThreadKey(m.At), m => string.Join('\n', m.Replies.Select(Line)));
        return new DiscussionWindow(string.Join('\n', page.Select(Line)), threads, last);
    }

    /// <summary>Everything said in the channel, for search and the contents endpoint.</summary>
    public string Transcript()
    {
        var text = new StringBuilder();
        foreach (var message in Messages)
        {
            text.Append(Line(message)).Append('\n');
            foreach (var reply in message.Replies)
            {
                text.Append("    ").Append(Line(reply)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// A transcript chunk without its message markup and stamps, for the search index: the dates follow the clock,
    /// and "2026" or "22" finding every channel would make search results depend on the day the mock started.
    /// </summary>
    public static string WithoutStamps(string transcript) => Stamp().Replace(transcript, " ");

    /// <summary>
    /// One message as the Slack readers parse it: <c>&lt;s&gt;User: NAME, Time: 2023-09-26 01:58:45:727359, Message:
    /// TEXT&lt;/s&gt;</c> (UTC; microseconds after a colon, as their parsers expect).
    /// </summary>
    public static string Line(ChatMessage message) =>
        $"<s>User: {message.Author}, Time: {message.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}:{message.At.UtcTicks / 10 % 1_000_000:D6}, Message: {message.Text}</s>";

    /// <summary>Slack's message timestamp: Unix seconds and a six-digit sequence.</summary>
    public static string ThreadKey(DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"{at.ToUnixTimeSeconds()}.{at.UtcTicks / 10 % 1_000_000:D6}");

    [System.Text.RegularExpressions.GeneratedRegex(@"<s>User: |, Time: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d:\d{6}, Message: |</s>")]
    private static partial System.Text.RegularExpressions.Regex Stamp();
}
