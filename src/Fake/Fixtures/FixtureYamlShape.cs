using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Rememberizer.Contract.Fake.Fixtures;

/// <summary>
/// Checks the shape of a YAML fixture from the parser's events, before anything is built from it. YamlDotNet's
/// representation model loads nodes recursively and <see cref="FixtureText"/> expands them recursively, so a file
/// nested thousands deep, or an alias inside its own anchor (<c>a: &amp;a [*a]</c>), would overflow the stack and end
/// the whole process; and aliases of aliases ("billion laughs") expand a few lines into billions of values. The
/// parser itself keeps no stack, so reading its events is safe whatever the file holds.
/// </summary>
internal static class FixtureYamlShape
{
    /// <summary>The deepest nesting allowed, as the JSON reader allows by default.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// The most values a file may expand to. Without aliases a value takes at least about one character, so only
    /// aliases can pass this; the floor leaves small files free to share blocks generously.
    /// </summary>
    public static long MaxValues(string text) => Math.Max(100_000, text.Length);

    /// <summary>Throws a <see cref="FixtureRejectedException"/> naming the first limit the file passes.</summary>
    public static void Check(string text)
    {
        var maxValues = MaxValues(text);
        var open = new Stack<Frame>();
        var anchors = new Dictionary<string, Size>(StringComparer.Ordinal);
        var parser = new Parser(new StringReader(text));
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case Scalar scalar:
                    Close(new Size(0, 1), scalar.Anchor, scalar.Start);
                    break;
                case AnchorAlias alias:
                    var name = alias.Value.Value;
                    if (open.Any(frame => frame.Anchor == name))
                    {
                        throw Rejected(alias.Start, $"the alias *{name} is inside its own anchor &{name} (a recursive alias).");
                    }

                    // An unknown alias is left to the loader, which reports it.
                    var size = anchors.GetValueOrDefault(name, new Size(0, 1));
                    if (open.Count + size.Height > MaxDepth)
                    {
                        throw Rejected(alias.Start, $"nested more than {MaxDepth} levels deep.");
                    }

                    Add(size, alias.Start);
                    break;
                case NodeEvent { } start and (SequenceStart or MappingStart):
                    if (open.Count == MaxDepth)
                    {
                        throw Rejected(start.Start, $"nested more than {MaxDepth} levels deep.");
                    }

                    open.Push(new Frame(start.Anchor.IsEmpty ? null : start.Anchor.Value));
                    break;
                case SequenceEnd or MappingEnd:
                    var done = open.Pop();
                    Close(new Size(done.Height + 1, done.Values + 1), done.Anchor is null ? AnchorName.Empty : new AnchorName(done.Anchor), parser.Current.Start);
                    break;
            }
        }

        void Close(Size size, AnchorName anchor, Mark at)
        {
            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = size;
            }

            Add(size, at);
        }

        void Add(Size size, Mark at)
        {
            if (!open.TryPeek(out var parent))
            {
                return;
            }

            parent.Height = Math.Max(parent.Height, size.Height);
            parent.Values += size.Values;
            if (parent.Values > maxValues)
            {
                throw Rejected(at, $"aliases expand the file to more than {maxValues} values.");
            }
        }
    }

    private static FixtureRejectedException Rejected(Mark at, string message) =>
        new([new FixtureProblem("", $"YAML error at line {at.Line}: {message}")]);

    /// <summary>How deep a node nests and how many values it expands to, aliases included.</summary>
    private readonly record struct Size(int Height, long Values);

    /// <summary>A sequence or mapping still open; its children's sizes are summed as they end.</summary>
    private sealed class Frame(string? anchor)
    {
        public string? Anchor { get; } = anchor;

        public int Height { get; set; }

        public long Values { get; set; }
    }
}
