using System.Globalization;
using Rememberizer.Contract.MockServer.Terminal;

namespace Rememberizer.Contract.MockServer.Proxy.Forwarding;

/// <summary>The terminal's line when the upstream could not answer a request: printed even with <c>--quiet</c>.</summary>
public sealed record UpstreamFailureLine(DateTimeOffset At, string Method, string Path, int Status, string Detail) : TerminalLine
{
    public override void Write(TextWriter writer, Palette palette)
    {
        Time(writer, palette, At);
        writer.WriteLine($"{palette.Red}upstream{palette.Reset} {Method} {Path} answered {Status.ToString(CultureInfo.InvariantCulture)} by the proxy: {Detail}");
    }
}
