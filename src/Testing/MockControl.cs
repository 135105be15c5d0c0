using System.Globalization;
using System.Net.Http.Json;
using Rememberizer.Contract.MockServer.Control.Contracts;

namespace Rememberizer.Contract.Testing;

/// <summary>
/// The mock's control API (<c>/_mock/*</c>) as typed methods: what a test does to the mock that no API request
/// can (start afresh, read the e-mail codes, move time, make users, rehearse failures). A refusal is a
/// <see cref="MockControlException"/> carrying the control API's answer.
/// </summary>
public sealed class MockControl
{
    private readonly HttpClient _http;

    internal MockControl(HttpClient http) => _http = http;

    /// <summary>Back to the seed data: users, sessions, mail, clock, documents and stored preferences.</summary>
    public Task ResetAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "reset", null, cancellationToken);

    /// <summary>
    /// Replaces the whole state with a fixture file's (<paramref name="content"/>, YAML or JSON), or, without one, with
    /// the loaded file again; <paramref name="scenario"/> picks one of its scenarios. A refused file changes nothing.
    /// </summary>
    public Task LoadFixtureAsync(string? content = null, string? scenario = null, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, scenario is null ? "fixtures" : $"fixtures?scenario={Uri.EscapeDataString(scenario)}",
            new StringContent(content ?? ""), cancellationToken);

    /// <summary>The messages the mock "sent" to <paramref name="email"/>, oldest first (each with its code).</summary>
    public Task<IReadOnlyList<MailboxMessage>> MailboxAsync(string email, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<MailboxMessage>>(HttpMethod.Get, $"mailbox?to={Uri.EscapeDataString(email)}", null, cancellationToken);

    /// <summary>The code of the newest message to <paramref name="email"/>; fails when none was sent.</summary>
    public async Task<string> LatestCodeAsync(string email, CancellationToken cancellationToken = default)
    {
        var messages = await MailboxAsync(email, cancellationToken);
        return messages.Count > 0
            ? messages[^1].Code
            : throw new InvalidOperationException($"The mock sent no message to {email}.");
    }

    /// <summary>Moves the fake clock on (token and code expiry without waiting).</summary>
    public Task AdvanceClockAsync(TimeSpan by, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "clock/advance", new { seconds = by.TotalSeconds }, cancellationToken);

    /// <summary>Makes a user directly (no captcha, no e-mail); verified unless <paramref name="emailVerified"/> is false.</summary>
    public Task<CreatedUser> CreateUserAsync(string email, string password, string name, bool emailVerified = true, CancellationToken cancellationToken = default) =>
        ReadAsync<CreatedUser>(HttpMethod.Post, "users", new CreateUserRequest(email, password, name, emailVerified), cancellationToken);

    /// <summary>Every user, oldest first, with their live sessions.</summary>
    public Task<IReadOnlyList<UserEntry>> UsersAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<UserEntry>>(HttpMethod.Get, "users", null, cancellationToken);

    /// <summary>
    /// Stores what a <c>Prefer</c> header asks for (e.g. <c>code=503</c>, <c>example=empty</c>, <c>fault=reset</c>),
    /// for the operation named by its operationId or, when null, for every operation; for <paramref name="times"/>
    /// requests or until cleared.
    /// </summary>
    public Task<StoredPreferenceEntry> PreferAsync(string prefer, string? operationId = null, int? times = null, CancellationToken cancellationToken = default) =>
        ReadAsync<StoredPreferenceEntry>(HttpMethod.Post, "preferences", new { operation_id = operationId, prefer, times }, cancellationToken);

    /// <summary>The stored preferences, in the order they apply.</summary>
    public Task<IReadOnlyList<StoredPreferenceEntry>> PreferencesAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<StoredPreferenceEntry>>(HttpMethod.Get, "preferences", null, cancellationToken);

    /// <summary>Removes the stored preferences of one operation, or all of them when <paramref name="operationId"/> is null.</summary>
    public Task ClearPreferencesAsync(string? operationId = null, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, operationId is null ? "preferences" : $"preferences?operation_id={Uri.EscapeDataString(operationId)}", null, cancellationToken);

    private async Task<T> ReadAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendCheckedAsync(method, path, Json(body), cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(cancellationToken)
            ?? throw new MockControlException(response.StatusCode, Describe(method, path), "null");
    }

    private Task SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken) =>
        SendAsync(method, path, Json(body), cancellationToken);

    private async Task SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var response = await SendCheckedAsync(method, path, content, cancellationToken);
    }

    private static JsonContent? Json(object? body) => body is null ? null : JsonContent.Create(body);

    private async Task<HttpResponseMessage> SendCheckedAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        var response = await _http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw new MockControlException(response.StatusCode, Describe(method, path), await response.Content.ReadAsStringAsync(cancellationToken));
        }
    }

    private static string Describe(HttpMethod method, string path) =>
        string.Create(CultureInfo.InvariantCulture, $"{method} /_mock/{path}");
}
