using System.Globalization;
using System.Text;

namespace Rememberizer.Contract.Fake.Integrations;

/// <summary>One chat message; top-level messages may carry a thread of replies.</summary>
public sealed record ChatMessage(DateTimeOffset At, string Author, string Text, IReadOnlyList<ChatMessage> Replies);

/// <summary>A channel's messages in a time window, formatted as the discussions endpoint returns them.</summary>
public sealed record DiscussionWindow(string Content, IReadOnlyDictionary<string, string> Threads);

/// <summary>A Slack or Discord channel; it is also listed as a document whose text is the transcript.</summary>
public sealed partial record Discussion(int DocumentId, string Platform, IReadOnlyList<ChatMessage> Messages)
{
    /// <summary>Top-level messages at or after <paramref name="from"/> and at or before <paramref name="to"/>, oldest
    /// first, and the threads those messages started.</summary>
    public DiscussionWindow Read(DateTimeOffset from, DateTimeOffset to)
    {
        var inWindow = Messages.Where(m => m.At >= from && m.At <= to).ToList();
        var threads = inWindow
            .Where(m => m.Replies.Count > 0)
            .ToDictionary(m => ThreadKey(m.At), m => string.Join('\n', m.Replies.Select(Line)));
        return new DiscussionWindow(string.Join('\n', inWindow.Select(Line)), threads);
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
    /// A transcript chunk without its message stamps, for the search index: the dates follow the clock, and
    /// "2026" or "22" finding every channel would make search results depend on the day the mock started.
    /// </summary>
    public static string WithoutStamps(string transcript) => Stamp().Replace(transcript, "");

    public static string Line(ChatMessage message) =>
        $"[{message.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}] {message.Author}: {message.Text}";

    /// <summary>Slack's message timestamp: Unix seconds and a six-digit sequence.</summary>
    public static string ThreadKey(DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"{at.ToUnixTimeSeconds()}.{at.UtcTicks / 10 % 1_000_000:D6}");

    [System.Text.RegularExpressions.GeneratedRegex(@"\[\d{4}-\d\d-\d\d \d\d:\d\d\] ")]
    private static partial System.Text.RegularExpressions.Regex Stamp();
}
