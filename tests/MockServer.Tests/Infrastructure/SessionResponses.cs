using System.Net.Http.Json;
using System.Text.Json;

namespace Rememberizer.Contract.MockServer.Tests.Infrastructure;

/// <summary>Reads what tests check on auth responses: Set-Cookie headers and DRF bodies.</summary>
public static class SessionResponses
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The raw Set-Cookie header for one cookie; fails the test when it is absent.</summary>
    public static string SetCookie(this HttpResponseMessage response, string name)
    {
        var headers = response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
        return Assert.Single(headers, h => h.StartsWith(name + "=", StringComparison.Ordinal));
    }

    /// <summary>The value a Set-Cookie header gives its cookie.</summary>
    public static string CookieValue(this HttpResponseMessage response, string name)
    {
        var header = response.SetCookie(name);
        return header[(name.Length + 1)..header.IndexOf(';', StringComparison.Ordinal)];
    }

    /// <summary>The attributes of a Set-Cookie header, lower-cased, without the name=value pair.</summary>
    public static IReadOnlyList<string> CookieAttributes(this HttpResponseMessage response, string name) =>
        [.. response.SetCookie(name).Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant())];

    public static async Task<string?> DetailAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString();

    public static async Task<Dictionary<string, string[]>> FieldErrorsAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<Dictionary<string, string[]>>(Ct))!;

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
}
