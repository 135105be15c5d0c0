namespace Rememberizer.Contract.MockServer.Hosting.CommandLine;

/// <summary>What <c>--help</c> says around the option list the parser writes.</summary>
internal static class HelpText
{
    public const string Description =
        "A stateful stand-in for the Rememberizer API (https://api.rememberizer.ai/api/v1), served from its OpenAPI " +
        "contract: sign-up, e-mail codes, cookie sessions, API keys, documents, search, mementos, vector stores.";

    public const string Epilogue =
        """
        Settings:
          Any setting of appsettings.json, as --Section:Key=value (or --Section:Key value), for example
          --Auth:AccessTokenLifetime=00:01:00, --Cors:AllowedOrigins:0=https://app.example.com,
          --MockServer:CheckResponses=true. GET /_mock/config shows the effective settings.
          --MockServer:StopWhenInputCloses=true stops the mock when its standard input ends, so a test
          runner that starts it with a pipe as its input takes it along when it ends, however it ends.

        Examples:
          rememberizer-mock                         serve http://localhost:4010/api/v1
          rememberizer-mock --port 0                pick a free port and print it (for CI)
          rememberizer-mock --urls http://0.0.0.0:4010
                                                    accept other machines (phones, containers)
          rememberizer-mock --seed 7 --quiet        other generated data; only the start-up line and errors
          rememberizer-mock --fixtures team.yaml --scenario empty-account
                                                    start with a team's own users, documents and keys
          rememberizer-mock --state sqlite:mock.db  keep users, sessions and data across restarts
          rememberizer-mock --state redis://127.0.0.1:6379
                                                    share state with every mock on that Redis

        """;
}
