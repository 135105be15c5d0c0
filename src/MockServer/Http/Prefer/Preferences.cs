using System.Globalization;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace Rememberizer.Contract.MockServer.Http.Prefer;

/// <summary>
/// What a client asked for in its <c>Prefer</c> header (RFC 7240, read as Prism reads it), or what the control API
/// stored: <c>code=401</c> answers the spec's example for that status instead of running the fake,
/// <c>example=empty</c> a named example, <c>fault=reset</c> fails without answering, and <c>delay=800</c> holds the
/// answer back by that many milliseconds. Other preferences are ignored, as the RFC asks.
/// </summary>
public sealed record Preferences(int? Code, TimeSpan? Delay, string? Example = null, Fault? Fault = null)
{
    public const int MaxDelayMilliseconds = 30_000;

    public static readonly Preferences None = new(null, null);

    /// <summary>True when nothing the mock applies was asked for.</summary>
    public bool IsEmpty => Code is null && Delay is null && Example is null && Fault is null;

    /// <summary>True when the answer itself is chosen (a status or an example), not only its timing.</summary>
    public bool ChoosesAnAnswer => Code is not null || Example is not null;

    /// <summary>Parses every <c>Prefer</c> header; a malformed value of a known preference is an error naming it.</summary>
    public static bool TryParse(StringValues headers, out Preferences preferences, out string error)
    {
        preferences = None;
        error = "";
        foreach (var token in headers.SelectMany(h => (h ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var parts = token.Split('=', 2, StringSplitOptions.TrimEntries);
            var name = parts[0].ToLowerInvariant();
            var value = parts.Length > 1 ? parts[1].Trim('"') : "";
            switch (name)
            {
                case "code" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 100 and <= 599:
                    preferences = preferences with { Code = code };
                    break;
                case "code":
                    error = $"Prefer: code must be an HTTP status between 100 and 599, not \"{value}\".";
                    return false;
                case "delay" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms <= MaxDelayMilliseconds:
                    preferences = preferences with { Delay = TimeSpan.FromMilliseconds(ms) };
                    break;
                case "delay":
                    error = $"Prefer: delay must be a number of milliseconds from 0 to {MaxDelayMilliseconds}, not \"{value}\".";
                    return false;
                case "example" when value.Length > 0:
                    preferences = preferences with { Example = value };
                    break;
                case "example":
                    error = "Prefer: example needs the name of one of the operation's examples, e.g. example=empty.";
                    return false;
                case "fault" when Enum.TryParse<Fault>(value, ignoreCase: true, out var fault) && !int.TryParse(value, out _):
                    preferences = preferences with { Fault = fault };
                    break;
                case "fault":
                    error = $"Prefer: fault \"{value}\" is unknown; the mock knows reset, empty and timeout.";
                    return false;
            }
        }

        return true;
    }

    /// <summary>
    /// These preferences with every key they leave unset taken from <paramref name="lower"/>: how a request's header
    /// overrides stored preferences, and operation-specific ones override global ones, key by key.
    /// </summary>
    public Preferences Over(Preferences lower) =>
        new(Code ?? lower.Code, Delay ?? lower.Delay, Example ?? lower.Example, Fault ?? lower.Fault);

    /// <summary>The preferences as one header value, the form the control API shows and <c>Preference-Applied</c> echoes.</summary>
    public override string ToString() => Echo(undeclaredCode: false);

    /// <summary>
    /// The value of <c>Preference-Applied</c>: with <paramref name="undeclaredCode"/>, the code carries the parameter
    /// <c>undeclared</c> (RFC 7240 allows parameters), saying the status is outside the contract.
    /// </summary>
    public string Echo(bool undeclaredCode)
    {
        var text = new StringBuilder();
        Add("code", Code is { } code ? code.ToString(CultureInfo.InvariantCulture) + (undeclaredCode ? "; undeclared" : "") : null);
        Add("example", Example);
        Add("fault", Fault?.ToString().ToLowerInvariant());
        Add("delay", Delay is { } delay ? ((int)delay.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) : null);
        return text.ToString();

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                text.Append(text.Length == 0 ? "" : ", ").Append(name).Append('=').Append(value);
            }
        }
    }
}
