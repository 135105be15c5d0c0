using System.Net.Http.Json;

namespace Rememberizer.Contract.MockServer.Tests.Infrastructure;

/// <summary>Requests with a <c>Prefer</c> header, and the control API's stored preferences, as a frontend sends them.</summary>
public static class PreferRequests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<HttpResponseMessage> SendPreferringAsync(this HttpClient client, HttpMethod method, string path, string? prefer, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (prefer is not null)
        {
            request.Headers.TryAddWithoutValidation("Prefer", prefer);
        }

        return await client.SendAsync(request, Ct);
    }

    public static Task<HttpResponseMessage> GetPreferringAsync(this HttpClient client, string path, string? prefer) =>
        client.SendPreferringAsync(HttpMethod.Get, path, prefer);

    /// <summary>Stores a preference through <c>POST /_mock/preferences</c>; the body uses the wire's snake_case names.</summary>
    public static Task<HttpResponseMessage> StorePreferenceAsync(this MockServerApp app, object body) =>
        app.CreateBareClient().PostAsJsonAsync("/_mock/preferences", body, Ct);

    /// <summary>The <c>Preference-Applied</c> header, or null when the answer carries none.</summary>
    public static string? PreferenceApplied(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("Preference-Applied", out var values) ? string.Join(", ", values) : null;

    /// <summary>Asserts that the in-memory server aborted the request: what a fault looks like without a socket.</summary>
    public static async Task AssertAbortedByTheServerAsync(Func<Task> send)
    {
        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(send);
        Assert.Equal("The application aborted the request.", error.Message);
    }
}
