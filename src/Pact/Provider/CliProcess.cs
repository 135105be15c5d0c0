using System.Diagnostics;
using System.Text;

namespace Rememberizer.Contract.Pact;

/// <summary>Runs a CLI with a bounded wait, collecting stdout and stderr in arrival order.</summary>
internal static class CliProcess
{
    public static async Task<CliRunResult> RunAsync(string executable, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Otherwise the CLI warns about anonymous usage tracking on every run.
        start.Environment["PACT_DO_NOT_TRACK"] = "true";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            // Also waits for both redirected streams to reach end of file.
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new PactException(
                $"{Path.GetFileName(executable)} {string.Join(' ', arguments)} did not finish within {timeout} and was killed.{Environment.NewLine}{Snapshot(output)}");
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
