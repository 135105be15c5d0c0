using System.Globalization;
using System.Text.RegularExpressions;

namespace Rememberizer.Contract.Pact;

/// <summary>Runs the official <c>pact</c> CLI (see <see cref="PactTools.CliPath"/>).</summary>
public static partial class PactCli
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// <c>pact verifier --file … --hostname … --port … --provider-name … [--state-change-url …] --no-colour -j report</c>.
    /// </summary>
    public static VerificationResult Verify(string pactFile, Uri providerBaseUri, string providerName, Uri? stateChangeUrl = null) =>
        VerifyAsync(pactFile, providerBaseUri, providerName, stateChangeUrl).GetAwaiter().GetResult();

    /// <inheritdoc cref="Verify"/>
    public static async Task<VerificationResult> VerifyAsync(
        string pactFile,
        Uri providerBaseUri,
        string providerName,
        Uri? stateChangeUrl = null,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(providerBaseUri);
        ArgumentException.ThrowIfNullOrWhiteSpace(providerName);
        if (!File.Exists(pactFile))
        {
            throw new FileNotFoundException($"Pact file '{pactFile}' does not exist.", pactFile);
        }

        var report = Path.Combine(Path.GetTempPath(), $"pact-report-{Guid.NewGuid():N}.json");
        List<string> arguments =
        [
            "verifier",
            "--file", Path.GetFullPath(pactFile),
            "--hostname", providerBaseUri.Host,
            "--port", providerBaseUri.Port.ToString(CultureInfo.InvariantCulture),
            "--provider-name", providerName,
            "--no-colour",
            "-j", report,
        ];
        if (providerBaseUri.AbsolutePath != "/")
        {
            arguments.AddRange(["--base-path", providerBaseUri.AbsolutePath]);
        }

        if (stateChangeUrl is not null)
        {
            arguments.AddRange(["--state-change-url", stateChangeUrl.AbsoluteUri]);
        }

        try
        {
            var run = await RunAsync(arguments, timeout, cancellationToken).ConfigureAwait(false);
            var json = File.Exists(report) ? await File.ReadAllTextAsync(report, cancellationToken).ConfigureAwait(false) : string.Empty;
            var summary = $"pact verifier for '{providerName}' exited with {run.ExitCode}: " +
                (run.ExitCode == 0 ? "every interaction passed." : "verification failed (see the output).");

            // --no-colour does not reach the body diff, so colours are stripped here.
            return new VerificationResult(run.ExitCode, summary, AnsiCodes().Replace(run.Output, string.Empty), json, string.Empty);
        }
        finally
        {
            File.Delete(report);
        }
    }

    /// <summary>Runs <c>pact</c> with <paramref name="arguments"/>; kills it after <paramref name="timeout"/> (default 2 minutes).</summary>
    public static Task<CliRunResult> RunAsync(IReadOnlyList<string> arguments, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        CliProcess.RunAsync(PactTools.CliPath, arguments, timeout ?? DefaultTimeout, cancellationToken);

    [GeneratedRegex(@"\x1B\[[0-9;]*[A-Za-z]")]
    private static partial Regex AnsiCodes();
}
