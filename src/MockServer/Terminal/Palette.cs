namespace Rememberizer.Contract.MockServer.Terminal;

/// <summary>ANSI colours for the terminal lines, or nothing at all when the output is not a terminal.</summary>
public sealed class Palette
{
    public static readonly Palette Ansi = new(true);
    public static readonly Palette Plain = new(false);

    private Palette(bool colour)
    {
        Dim = colour ? "\e[2m" : "";
        Bold = colour ? "\e[1m" : "";
        Green = colour ? "\e[32m" : "";
        Cyan = colour ? "\e[36m" : "";
        Yellow = colour ? "\e[33m" : "";
        Red = colour ? "\e[31m" : "";
        Magenta = colour ? "\e[35m" : "";
        Reset = colour ? "\e[0m" : "";
    }

    public string Dim { get; }

    public string Bold { get; }

    public string Green { get; }

    public string Cyan { get; }

    public string Yellow { get; }

    public string Red { get; }

    public string Magenta { get; }

    public string Reset { get; }

    public string ForStatus(int status) => status switch
    {
        < 300 => Green,
        < 400 => Cyan,
        < 500 => Yellow,
        _ => Red,
    };
}
