using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Rememberizer.Contract.Pact;

namespace Rememberizer.Contract.MockServer.Verify;

/// <summary>One interaction as the real-API selection needs it: where it is from, its request method and states.</summary>
public sealed record PactInteractionSummary(string Consumer, string Description, string Method, IReadOnlyList<string> States);

/// <summary>Reads the interactions of the pacts named by files, directories and URLs (what a provider filter sees).</summary>
public static class PactDocuments
{
    public static async Task<IReadOnlyList<PactInteractionSummary>> ReadAsync(VerifyArguments arguments, CancellationToken cancellationToken)
    {
        var texts = new List<(string Source, string Json)>();
        foreach (var file in arguments.PactFiles.Concat(arguments.PactDirectories.SelectMany(d => Directory.EnumerateFiles(d, "*.json"))))
        {
            texts.Add((file, await File.ReadAllTextAsync(file, cancellationToken)));
        }

        using var http = new HttpClient();
        foreach (var url in arguments.PactUrls)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Authorization = Authorization(arguments.UrlAuth) } };
            using var response = await http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            texts.Add((url.ToString(), await response.Content.ReadAsStringAsync(cancellationToken)));
        }

        // A directory may hold other providers' pacts; the verifier skips them, and so does the selection.
        return [.. texts.SelectMany(t => Interactions(t.Source, t.Json)).Where(i => i.Provider == arguments.ProviderName).Select(i => i.Summary)];
    }

    private static List<(string Provider, PactInteractionSummary Summary)> Interactions(string source, string json)
    {
        try
        {
            using var pact = JsonDocument.Parse(json);
            return Interactions(pact.RootElement);
        }
        catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{source} is not a pact ({error.Message})", error);
        }
    }

    private static List<(string Provider, PactInteractionSummary Summary)> Interactions(JsonElement root)
    {
        var consumer = root.GetProperty("consumer").GetProperty("name").GetString() ?? "";
        var provider = root.GetProperty("provider").GetProperty("name").GetString() ?? "";
        var list = new List<(string, PactInteractionSummary)>();
        foreach (var interaction in root.GetProperty("interactions").EnumerateArray())
        {
            var states = interaction.TryGetProperty("providerStates", out var many)
                ? many.EnumerateArray().Select(s => s.GetProperty("name").GetString() ?? "").ToList()
                : interaction.TryGetProperty("providerState", out var one) && one.GetString() is { } single ? [single] : [];
            var method = interaction.TryGetProperty("request", out var request) && request.TryGetProperty("method", out var m) ? m.GetString() ?? "" : "";
            list.Add((provider, new(consumer, interaction.GetProperty("description").GetString() ?? "", method.ToUpperInvariant(), states)));
        }

        return list;
    }

    private static AuthenticationHeaderValue? Authorization(PactSourceAuth auth) => auth switch
    {
        { Username: { } user } => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{auth.Password}"))),
        { Token: { } token } => new("Bearer", token),
        _ => null,
    };
}
