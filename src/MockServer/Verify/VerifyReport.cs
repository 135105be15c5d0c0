using System.Text.Json;
using Rememberizer.Contract.Pact;

namespace Rememberizer.Contract.MockServer.Verify;

/// <summary>
/// The closing summary of a verification, one line per interaction grouped by consumer, read from the verifier's
/// JSON report (its <c>interactionResults</c>, with the mismatches of <c>errors</c> and <c>pendingErrors</c> under
/// the failed ones). The verifier's own detailed output comes before it.
/// </summary>
public static class VerifyReport
{
    /// <summary>Writes the summary and returns how many interactions were verified.</summary>
    public static int Write(TextWriter output, string json)
    {
        using var report = Parse(json);
        if (report is null)
        {
            output.WriteLine("The verifier returned no report.");
            return 0;
        }

        var root = report.RootElement;
        var failures = Failures(root, "errors").Concat(Failures(root, "pendingErrors")).ToList();
        var results = root.TryGetProperty("interactionResults", out var list) ? list.EnumerateArray().Select(Result.Read).ToList() : [];
        int passed = 0, failed = 0, pending = 0;
        foreach (var consumer in results.GroupBy(r => r.Consumer))
        {
            output.WriteLine();
            output.WriteLine($"{consumer.Key}:");
            foreach (var result in consumer)
            {
                var failure = failures.FirstOrDefault(f => f.Concerns(result));
                failures.Remove(failure!);
                (result.Passed ? ref passed : ref result.Pending ? ref pending : ref failed)++;
                output.WriteLine(result switch
                {
                    { Passed: true } => $"  passed   {result.Description}",
                    { Pending: true } => $"  PENDING  {result.Description} (failed, but the pact is pending: does not fail the run)",
                    _ => $"  FAILED   {result.Description}",
                });
                WriteLines(output, failure);
            }
        }

        // Failures tied to no interaction: a pact that could not be loaded, a broker that did not answer.
        if (failures.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Not tied to an interaction:");
        }

        foreach (var failure in failures)
        {
            failed++;
            output.WriteLine($"  ERROR    {failure.Key}");
            WriteLines(output, failure);
        }

        output.WriteLine();
        output.WriteLine($"{results.Count} interactions verified: {passed} passed, {failed} failed{(pending > 0 ? $", {pending} failed but pending" : "")}.");
        return results.Count;
    }

    private static void WriteLines(TextWriter output, Failure? failure)
    {
        foreach (var line in failure?.Lines ?? [])
        {
            output.WriteLine($"             {line}");
        }
    }

    private static JsonDocument? Parse(string json)
    {
        try
        {
            return string.IsNullOrWhiteSpace(json) ? null : JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IEnumerable<Failure> Failures(JsonElement root, string property) =>
        root.TryGetProperty(property, out var errors)
            ? errors.EnumerateArray().Select(e => new Failure(e.GetProperty("interaction").GetString() ?? "", [.. Lines(e.GetProperty("mismatch"))])).ToList()
            : [];

    private static IEnumerable<string> Lines(JsonElement mismatch)
    {
        if (Text(mismatch, "message") is { } message)
        {
            yield return message;
        }

        if (mismatch.TryGetProperty("mismatches", out var items))
        {
            foreach (var item in items.EnumerateArray())
            {
                var detail = PactMismatchDetail.FromJson(item);
                yield return $"{detail.Type}{(detail.Location is null ? "" : $" {detail.Location}")}: {detail.Description ?? item.GetRawText()}";
            }
        }
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed record Result(string Consumer, string Description, bool Passed, bool Pending)
    {
        public static Result Read(JsonElement result) => new(
            Text(result, "consumer") ?? "(consumer not named)",
            Text(result, "description") ?? "",
            Text(result, "result") == "OK",
            result.TryGetProperty("pending", out var pending) && pending.ValueKind == JsonValueKind.True);
    }

    // The verifier keys a failure "Verifying a pact between CONSUMER and PROVIDER[ Given STATE] - DESCRIPTION".
    private sealed record Failure(string Key, IReadOnlyList<string> Lines)
    {
        public bool Concerns(Result result) =>
            Key.StartsWith($"Verifying a pact between {result.Consumer} and ", StringComparison.Ordinal)
            && Key.EndsWith($" - {result.Description}", StringComparison.Ordinal);
    }
}
