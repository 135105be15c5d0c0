using System.Globalization;
using Rememberizer.Contract.MockServer.Terminal;

namespace Rememberizer.Contract.MockServer.Proxy.Drift;

/// <summary>The terminal's line for a drift seen for the first time: printed even with <c>--quiet</c>, it is what the proxy is for.</summary>
public sealed record DriftLine(DateTimeOffset At, DriftFinding Finding) : TerminalLine
{
    public override void Write(TextWriter writer, Palette palette)
    {
        Time(writer, palette, At);
        var where = Finding.Where.Length == 0 ? "" : $" {Finding.Where}";
        writer.WriteLine(
            $"{palette.Yellow}drift{palette.Reset}  {Finding.Method} {Finding.Path} {Finding.Status.ToString(CultureInfo.InvariantCulture)} " +
            $"{palette.Bold}{Finding.Kind}{palette.Reset}{where}: {Finding.Detail}");
    }
}
