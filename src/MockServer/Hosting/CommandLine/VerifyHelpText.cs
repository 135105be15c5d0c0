namespace Rememberizer.Contract.MockServer.Hosting.CommandLine;

/// <summary>What <c>verify --help</c> says around the option list.</summary>
internal static class VerifyHelpText
{
    public const string Description =
        "Verify consumers' pacts against the mock (started in this process on a free port, provider states set through " +
        "its control API) or, with --provider-base-url, against a running API. Exit code 0 when every interaction " +
        "passed, 1 otherwise, 2 for a mistake on the command line.";

    public const string Epilogue =
        """
        The Pact core library (pact_ffi 0.5) is found through PACT_FFI_LIBRARY, beside this program, or in a
        node_modules folder above the current one (npm install --save-dev @pact-foundation/pact-core; pact-js
        brings it). Broker credentials also come from PACT_BROKER_TOKEN, or PACT_BROKER_USERNAME and
        PACT_BROKER_PASSWORD.

        Examples:
          rememberizer-mock verify --pact-dir pacts
          rememberizer-mock verify --pact-file pacts/web-app-rememberizer-api.json --json report.json
          rememberizer-mock verify --broker-url https://broker.example --consumer-version-selectors
              '[{"mainBranch":true},{"deployedOrReleased":true}]' --enable-pending
              --publish --provider-version "$(git rev-parse --short HEAD)" --provider-branch main
          REMEMBERIZER_TEST_LOGIN=you@example.com REMEMBERIZER_TEST_PASSWORD=... \
            rememberizer-mock verify --pact-dir pacts --provider-base-url https://api.rememberizer.ai

        """;
}
