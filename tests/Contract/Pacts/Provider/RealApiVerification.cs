using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Rememberizer.Contract.Pact;

namespace Rememberizer.Contract.Tests.Pacts.Provider;

/// <summary>
/// Verifies the pact against a live Rememberizer deployment, where provider states cannot be created: the
/// session of an existing account is injected into every request, and only interactions that account satisfies
/// without being changed are verified. The others are returned as not verifiable there.
/// </summary>
public static class RealApiVerification
{
    // These would end, rotate or write into the injected account's session or data.
    private static readonly HashSet<string> ChangesTheAccount =
    [
        "a logout",
        "a session refresh with the refresh cookie",
        "a request to memorize a note",
    ];

    public sealed record Outcome(VerificationResult Result, IReadOnlyList<string> Verified, IReadOnlyList<string> NotVerifiable);

    public static async Task<Outcome> RunAsync(string pactFile, RealApiTarget target, CancellationToken cancellationToken)
    {
        var (verifiable, notVerifiable) = Partition(pactFile);
        var cookies = await SignInAsync(target, cancellationToken);

        using var verifier = new PactVerifier(PactFiles.Provider, "real-api")
            .WithHttpEndpoint(target.ProviderRoot)
            .WithFileSource(pactFile)
            .WithFilter(description: ExactAlternatives(verifiable))
            .WithCustomHeader("Cookie", cookies)
            .WithRequestTimeout(TimeSpan.FromSeconds(30));
        if (target.ApiKey is { } apiKey)
        {
            verifier.WithCustomHeader("x-api-key", apiKey);
        }

        var result = await Task.Run(verifier.Verify, cancellationToken);
        return new Outcome(result, verifiable, notVerifiable);
    }

    private static (List<string> Verifiable, List<string> NotVerifiable) Partition(string pactFile)
    {
        using var pact = JsonDocument.Parse(File.ReadAllText(pactFile));
        var verifiable = new List<string>();
        var notVerifiable = new List<string>();
        foreach (var interaction in pact.RootElement.GetProperty("interactions").EnumerateArray())
        {
            var description = interaction.GetProperty("description").GetString()!;
            var states = interaction.TryGetProperty("providerStates", out var list)
                ? list.EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToList()
                : [];
            var reproducible = states.Count > 0 && states.All(ProviderStates.ReproducibleOnRealApi.Contains) && !ChangesTheAccount.Contains(description);
            (reproducible ? verifiable : notVerifiable).Add(description);
        }

        return (verifiable, notVerifiable);
    }

    private static async Task<string> SignInAsync(RealApiTarget target, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false });
        using var response = await http.PostAsJsonAsync(new Uri(target.ApiBase, "auth/signin/"),
            new { login = target.Login, password = target.Password, captcha = target.Captcha }, cancellationToken);
        if ((int)response.StatusCode != 204)
        {
            throw new InvalidOperationException($"Signing in to {target.ApiBase} as {target.Login} answered {(int)response.StatusCode}: " +
                await response.Content.ReadAsStringAsync(cancellationToken));
        }

        var pairs = response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';')[0]).Where(v => v.Length > 0 && !v.EndsWith('='))
            : [];
        return string.Join("; ", pairs);
    }

    /// <summary>A regex matching exactly these descriptions (pact uses Rust's regex: no look-around, plain escapes).</summary>
    private static string ExactAlternatives(IEnumerable<string> descriptions)
    {
        var escaped = descriptions.Select(d => new StringBuilder().AppendJoin("", d.Select(c => @"\.+*?()|[]{}^$#&-~".Contains(c) ? $"\\{c}" : c.ToString())).ToString());
        return $"^({string.Join('|', escaped)})$";
    }
}
