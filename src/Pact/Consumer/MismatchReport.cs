using System.Text;
using System.Text.Json;

namespace Rememberizer.Contract.Pact;

/// <summary>Reads pact_ffi's mismatches JSON and turns it into a readable failure message.</summary>
internal static class MismatchReport
{
    public static IReadOnlyList<PactMismatch> Parse(string json)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "[]" : json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. document.RootElement.EnumerateArray().Select(ParseMismatch)];
    }

    public static string Describe(string pactName, IReadOnlyList<PactMismatch> mismatches, Exception? testFailure)
    {
        var text = new StringBuilder();
        text.Append("The mock server for pact '").Append(pactName).Append("' saw ")
            .Append(mismatches.Count).Append(mismatches.Count == 1 ? " problem" : " problems")
            .AppendLine("; no pact file was written.");

        for (var i = 0; i < mismatches.Count; i++)
        {
            var mismatch = mismatches[i];
            text.Append(i + 1).Append(") ").Append(Headline(mismatch)).Append(": ")
                .Append(mismatch.Method).Append(' ').AppendLine(mismatch.Path);
            foreach (var detail in mismatch.Details)
            {
                text.Append("   - ").AppendLine(DescribeDetail(detail));
            }
        }

        if (testFailure is not null)
        {
            text.Append("The test body also failed: ").Append(testFailure.GetType().Name).Append(": ").AppendLine(testFailure.Message);
        }

        return text.ToString().TrimEnd();
    }

    private static string Headline(PactMismatch mismatch) => mismatch.Kind switch
    {
        "request-not-found" => "Unexpected request (request-not-found)",
        "missing-request" => "Expected request never received (missing-request)",
        "request-mismatch" => "Request did not match (request-mismatch)",
        _ => mismatch.Kind,
    };

    private static string DescribeDetail(PactMismatchDetail detail)
    {
        var text = new StringBuilder(detail.Type);
        if (!string.IsNullOrEmpty(detail.Location))
        {
            text.Append(" at ").Append(detail.Location);
        }

        // pact_ffi's sentence already quotes both sides; the raw values are the fallback.
        return string.IsNullOrEmpty(detail.Description)
            ? text.Append(": expected ").Append(detail.Expected ?? "nothing").Append(", actual ").Append(detail.Actual ?? "nothing").ToString()
            : text.Append(": ").Append(detail.Description).ToString();
    }

    private static PactMismatch ParseMismatch(JsonElement item)
    {
        var details = item.TryGetProperty("mismatches", out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Select(PactMismatchDetail.FromJson)]
            : Array.Empty<PactMismatchDetail>();
        return new PactMismatch(Text(item, "type") ?? "unknown", Text(item, "method") ?? "?", Text(item, "path") ?? "?", details);
    }

    private static string? Text(JsonElement element, string name) => PactMismatchDetail.Text(element, name);
}
