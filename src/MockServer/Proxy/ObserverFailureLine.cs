using Rememberizer.Contract.MockServer.Terminal;

namespace Rememberizer.Contract.MockServer.Proxy;

/// <summary>The terminal's line when a drift check or the recorder failed on an exchange whose answer was already sent.</summary>
public sealed record ObserverFailureLine(DateTimeOffset At, string Observer, string Method, string Path, string Detail) : TerminalLine
{
    public override void Write(TextWriter writer, Palette palette)
    {
        Time(writer, palette, At);
        writer.WriteLine($"{palette.Red}proxy{palette.Reset}    {Observer} could not take {Method} {Path}: {Detail}");
    }
}
