using System.Diagnostics;
using System.Text;

namespace Rememberizer.Contract.Pact;

/// <summary>Runs the official <c>pact</c> CLI (see <see cref="PactTools.CliPath"/>).</summary>
public static class PactCli
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
            "--port", providerBaseUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
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
            return new VerificationResult(run.ExitCode, summary, run.Output, json, string.Empty);
        }
        finally
        {
            File.Delete(report);
        }
    }

    /// <summary>Runs <c>pact</c> with <paramref name="arguments"/>; kills it after <paramref name="timeout"/> (default 2 minutes).</summary>
    public static async Task<CliRunResult> RunAsync(IReadOnlyList<string> arguments, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(PactTools.CliPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PACT_DO_NOT_TRACK"] = "true";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout ?? DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new PactException($"pact {string.Join(' ', arguments)} did not finish within {timeout ?? DefaultTimeout} and was killed.{Environment.NewLine}{Snapshot(output)}");
        }

        return new CliRunResult(process.ExitCode, Snapshot(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
