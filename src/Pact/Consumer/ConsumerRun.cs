
namespace Rememberizer.Contract.Pact;

/// <summary>One mock-server run: start, test, judge, write only on success, always clean up.</summary>
internal static class ConsumerRun
{
    private const int MaxLogChars = 20_000;

    public static async Task RunAsync(IPactSession session, PactConfig config, string pactName, Func<MockServerContext, Task> test)
    {
        using (session)
        {
            using var server = session.StartMockServer(config.Host);
            var uri = new UriBuilder(Uri.UriSchemeHttp, config.Host, server.Port).Uri;

            Exception? testFailure = null;
            try
            {
                await test(new MockServerContext(uri)).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                testFailure = ex;
            }

            if (!server.Matched())
            {
                var mismatches = MismatchReport.Parse(server.Mismatches());
                var message = MismatchReport.Describe(pactName, mismatches, testFailure) + LogSection(server);
                throw new PactMismatchException(message, mismatches, testFailure);
            }

            if (testFailure is not null)
            {
                var message = $"The test body failed, so the pact '{pactName}' was not written: {testFailure.Message}" + LogSection(server);
                throw new PactException(message, testFailure);
            }

            Directory.CreateDirectory(config.PactDir);
            server.WritePact(config.PactDir, overwrite: false);
        }
    }

    private static string LogSection(IMockServer server)
    {
        var logs = server.Logs().Trim();
        if (logs.Length == 0)
        {
            return string.Empty;
        }

        if (logs.Length > MaxLogChars)
        {
            logs = "…" + logs[^MaxLogChars..];
        }

        return $"{Environment.NewLine}{Environment.NewLine}Pact log:{Environment.NewLine}{logs}";
    }
}
