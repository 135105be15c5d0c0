namespace Rememberizer.Contract.MockServer.Hosting.CommandLine;

/// <summary>What <c>proxy --help</c> says around the option list the parser writes.</summary>
internal static class ProxyHelpText
{
    public const string Description =
        "Forward every /api/v1 request to a running Rememberizer API unchanged, check each exchange against the contract, " +
        "report where the API and the contract differ (GET /_mock/drift, the dashboard, a line per new drift) and record " +
        "the exchanges as a pact that `verify` replays against the mock.";

    public const string Epilogue =
        """

        Point the app (or curl) at the proxy instead of the API: its answers come back unchanged, cookies included
        (their Domain removed, so a browser on localhost keeps the session). Credentials never appear in the report,
        the request log or the terminal.

        Examples:
          rememberizer-mock proxy --upstream https://api.rememberizer.ai
          rememberizer-mock proxy --upstream https://api.rememberizer.ai --port 0 --report drift.json --fail-on-drift
          rememberizer-mock proxy --upstream https://api.rememberizer.ai --record recorded/
          rememberizer-mock verify --pact-dir recorded/   replay what the real API answered against the mock

        """;
}
