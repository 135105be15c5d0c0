using System.Text;
using System.Threading.Channels;

namespace Rememberizer.Contract.MockServer.Tests.Infrastructure;

/// <summary>
/// Stands in for the console under the mock's terminal: keeps every complete line and lets a test wait for the
/// one it expects, instead of sleeping until the background writer has had its turn.
/// </summary>
public sealed class TerminalRecorder : TextWriter
{
    private readonly StringBuilder _partial = new();
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _seen = [];

    public override Encoding Encoding => Encoding.UTF8;

    public IReadOnlyList<string> Seen
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    public override void Write(char value)
    {
        if (value != '\n')
        {
            _partial.Append(value);
            return;
        }

        var line = _partial.ToString().TrimEnd('\r');
        _partial.Clear();
        lock (_seen)
        {
            _seen.Add(line);
        }

        _lines.Writer.TryWrite(line);
    }

    /// <summary>The next line that matches, skipping others; fails after <paramref name="timeout"/>.</summary>
    public async Task<string> NextLineAsync(Func<string, bool> match, TimeSpan? timeout = null)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(timeout ?? TimeSpan.FromSeconds(10));
        await foreach (var line in _lines.Reader.ReadAllAsync(cancel.Token))
        {
            if (match(line))
            {
                return line;
            }
        }

        throw new InvalidOperationException("The terminal closed before the expected line.");
    }
}
