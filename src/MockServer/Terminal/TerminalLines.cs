using System.Globalization;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Terminal;

/// <summary>One line the mock prints while it runs; formatted on the writer's thread, never on a request's.</summary>
public abstract record TerminalLine
{
    public abstract void Write(TextWriter writer, Palette palette);

    protected static void Time(TextWriter writer, Palette palette, DateTimeOffset at) =>
        writer.Write($"{palette.Dim}{at.ToLocalTime().ToString("HH:mm:ss", CultureInfo.InvariantCulture)}{palette.Reset} ");
}

/// <summary>Text written as it is (the start-up block), one or more lines.</summary>
public sealed record TextLine(string Text) : TerminalLine
{
    public override void Write(TextWriter writer, Palette palette) => writer.WriteLine(Text);
}

/// <summary>
/// A request and its answer: time, method, path with query, status, duration and whatever the contract validator
/// found wrong with it. A request the client gave up on, or the mock dropped, shows what happened instead of a status.
/// </summary>
public sealed record RequestLine(
    DateTimeOffset At,
    string Method,
    string PathAndQuery,
    int Status,
    string? Outcome,
    double DurationMs,
    IReadOnlyList<Violation> RequestViolations,
    IReadOnlyList<Violation> ResponseViolations)
    : TerminalLine
{
    public override void Write(TextWriter writer, Palette palette)
    {
        Time(writer, palette, At);
        writer.Write($"{palette.Bold}{Method,-6}{palette.Reset} {PathAndQuery} ");
        writer.Write(Outcome is null
            ? $"{palette.ForStatus(Status)}{Status.ToString(CultureInfo.InvariantCulture)}{palette.Reset}"
            : $"{palette.Magenta}{Outcome}{palette.Reset}");
        writer.Write($" {palette.Dim}{DurationMs.ToString("0.0", CultureInfo.InvariantCulture)} ms{palette.Reset}");
        if (RequestViolations.Count + ResponseViolations.Count > 0)
        {
            writer.Write($"  {palette.Red}contract: {string.Join("; ", RequestViolations.Concat(ResponseViolations).Select(Describe))}{palette.Reset}");
        }

        writer.WriteLine();
    }

    private static string Describe(Violation violation)
    {
        var where = violation.Location switch
        {
            ViolationLocation.Path => "path ",
            ViolationLocation.Query => "query ",
            ViolationLocation.RequestBody => "body ",
            ViolationLocation.Status => "response status ",
            ViolationLocation.ResponseHeader => "response header ",
            ViolationLocation.ResponseBody => "response body ",
            _ => "",
        };
        return violation.Field.Length == 0 ? $"{where}{violation.Message}" : $"{where}{violation.Field}: {violation.Message}";
    }
}

/// <summary>An e-mail the mock "sent", with what the reader needs from it: the verification code.</summary>
public sealed record MailLine(DateTimeOffset At, string To, string Subject, string Code) : TerminalLine
{
    public override void Write(TextWriter writer, Palette palette)
    {
        Time(writer, palette, At);
        writer.WriteLine($"{palette.Cyan}mail{palette.Reset}   to {To}: {Subject}: {palette.Bold}{Code}{palette.Reset}");
    }
}
