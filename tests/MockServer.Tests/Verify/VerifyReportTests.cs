
using Rememberizer.Contract.MockServer.Verify;

namespace Rememberizer.Contract.MockServer.Tests.Verify;

/// <summary>The summary <c>verify</c> prints from the verifier's JSON report (pact_ffi 0.5.8's shape).</summary>
public sealed class VerifyReportTests
{
    private const string Report = """
        {
          "result": false,
          "interactionResults": [
            { "consumer": "web", "description": "a sign-in", "result": "OK", "pending": false },
            { "consumer": "web", "description": "a logout", "result": "Error", "pending": false },
            { "consumer": "js", "description": "a search", "result": "Error", "pending": true }
          ],
          "errors": [
            { "interaction": "Verifying a pact between web and api Given a user is signed in - a logout",
              "mismatch": { "type": "mismatches", "mismatches": [ { "type": "StatusMismatch", "mismatch": "expected 204 but was 401" },
                                                                   { "type": "BodyMismatch", "path": "$.detail", "mismatch": "Expected 'x' to be equal to 'y'" } ] } },
            { "interaction": "Failed to load pact", "mismatch": { "type": "error", "message": "Request to pact broker path '' failed: 401" } }
          ],
          "pendingErrors": [
            { "interaction": "Verifying a pact between js and api - a search", "mismatch": { "type": "error", "message": "connection refused" } }
          ]
        }
        """;

    [Fact]
    public void EachInteractionHasALineUnderItsConsumerWithItsMismatchesBelow()
    {
        var output = new StringWriter();

        var verified = VerifyReport.Write(output, Report);

        Assert.Equal(3, verified);
        Assert.Equal(
            """

            web:
              passed   a sign-in
              FAILED   a logout
                         StatusMismatch: expected 204 but was 401
                         BodyMismatch $.detail: Expected 'x' to be equal to 'y'

            js:
              PENDING  a search (failed, but the pact is pending: does not fail the run)
                         connection refused

            Not tied to an interaction:
              ERROR    Failed to load pact
                         Request to pact broker path '' failed: 401

            3 interactions verified: 1 passed, 2 failed, 1 failed but pending.

            """.ReplaceLineEndings(),
            output.ToString());
    }

    [Fact]
    public void AMismatchWhoseValuesAreJsonRatherThanTextIsStillReported()
    {
        const string report = """
            {
              "interactionResults": [ { "consumer": "web", "description": "a search", "result": "Error" } ],
              "errors": [ { "interaction": "Verifying a pact between web and api - a search",
                            "mismatch": { "type": "mismatches", "mismatches": [ { "type": "BodyMismatch", "path": "$.n", "mismatch": 5 } ] } } ]
            }
            """;
        var output = new StringWriter();

        var verified = VerifyReport.Write(output, report);

        Assert.Equal(1, verified);
        Assert.Contains("BodyMismatch $.n: 5", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    public void NoReportIsSaidPlainly(string json)
    {
        var output = new StringWriter();

        Assert.Equal(0, VerifyReport.Write(output, json));
        Assert.Contains("no report", output.ToString(), StringComparison.Ordinal);
    }
}
