using System.Text;

namespace Rememberizer.Contract.MockServer.Terminal;

/// <summary>
/// Where the mock's terminal lines go and whether they may carry colour: colour only on a terminal, never when the
/// output is redirected to a file or a CI log, and never when NO_COLOR is set (no-color.org) or TERM is dumb.
/// </summary>
public sealed record TerminalOutput(TextWriter Writer, bool Colour)
{
    public static TerminalOutput ForConsole()
    {
        // Buffered and flushed after each batch: a console writer that flushes every write costs a system call
        // per fragment, which a busy mock would pay on every request.
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), bufferSize: 1 << 16) { AutoFlush = false };
        var colour = !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            && Environment.GetEnvironmentVariable("TERM") != "dumb";
        return new TerminalOutput(stdout, colour);
    }
}
