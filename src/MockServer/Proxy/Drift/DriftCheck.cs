using Rememberizer.Contract.MockServer.Http.Resolve;
using Rememberizer.Contract.MockServer.Terminal;

namespace Rememberizer.Contract.MockServer.Proxy.Drift;

/// <summary>
/// The proxy's referee: checks each exchange (<see cref="DriftFindings"/>), counts what it finds in the
/// <see cref="DriftReport"/>, prints a line for each drift seen for the first time, and notes the violations on the
/// exchange so the request log and the request's terminal line show them.
/// </summary>
public sealed class DriftCheck(DriftReport report, TerminalLog terminal) : IExchangeObserver
{
    public void Observe(ObservedExchange observed, ContractExchange exchange)
    {
        var findings = DriftFindings.Of(observed, exchange.RequestViolations, out var responseViolations);
        exchange.ResponseViolations = responseViolations;
        foreach (var fresh in report.Add(findings))
        {
            terminal.Write(new DriftLine(DateTimeOffset.Now, fresh));
        }
    }
}
