using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Http.Resolve;

/// <summary>
/// What the pipeline knows about one API request: the contract operation, found once by the resolve stage and
/// read by every later stage, what the validator and the response check found, and the leniency the request was
/// shown (what the contract words more strictly than the mock enforces), and the preferences applied to it. The log
/// stage writes it all down.
/// </summary>
public sealed class ContractExchange(ContractOperation? operation, string queryAsSent)
{
    private List<string>? _leniencies;

    /// <summary>The operation the request was routed to; null for a path the contract does not define.</summary>
    public ContractOperation? Operation { get; } = operation;

    /// <summary>The query string as the client sent it, before leniency rewrote it.</summary>
    public string QueryAsSent { get; } = queryAsSent;

    /// <summary>The request body as the client sent it, when the validator read it (JSON and form bodies).</summary>
    public string? RequestBody { get; set; }

    public IReadOnlyList<Violation> RequestViolations { get; set; } = [];

    public IReadOnlyList<Violation> ResponseViolations { get; set; } = [];

    public IReadOnlyList<string> Leniencies => _leniencies ?? (IReadOnlyList<string>)[];

    /// <summary>The preferences applied to the request (header and stored), as <c>Preference-Applied</c> echoes them.</summary>
    public string? AppliedPreferences { get; set; }

    /// <summary>True when a preference chose an answer the contract does not declare (an undeclared 5xx, a fault):
    /// a deliberate departure, so the response check leaves it alone.</summary>
    public bool OutsideContract { get; set; }

    /// <summary>True when the client got no answer at all: a fault dropped the connection, or the client gave up first.</summary>
    public bool Unanswered { get; set; }

    public void NoteLeniency(string note) => (_leniencies ??= []).Add(note);
}

/// <summary>Reads the exchange the resolve stage put on an API request.</summary>
public static class ContractExchangeAccess
{
    public static ContractExchange? Exchange(this HttpContext context) => context.Features.Get<ContractExchange>();

    /// <summary>Notes a leniency on the request; a no-op outside the API (the control API is never lenient).</summary>
    public static void NoteLeniency(this HttpContext context, string note) => context.Exchange()?.NoteLeniency(note);
}
