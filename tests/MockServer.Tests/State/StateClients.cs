using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Http.Authenticate;
using Rememberizer.Contract.MockServer.Http.Resolve;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.State;

/// <summary>
/// The account flow as a browser drives it, one request at a time against whichever mock a test names, carrying
/// its cookies itself: how a client behind a load balancer meets several instances.
/// </summary>
public sealed class RoamingBrowser(string tenant)
{
    public const string Password = "secure_password";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public string? Access { get; private set; }

    public string? Refresh { get; private set; }

    public Task<HttpResponseMessage> SignUpAsync(MockServerApp mock, string email) =>
        SendAsync(mock, HttpMethod.Post, "/api/v1/auth/signup/", new { email, password = Password, name = "Roaming", captcha = "ok" });

    public Task<HttpResponseMessage> SignInAsync(MockServerApp mock, string email) =>
        SendAsync(mock, HttpMethod.Post, "/api/v1/auth/signin/", new { login = email, password = Password, captcha = "ok" });

    public Task<HttpResponseMessage> VerifyAsync(MockServerApp mock, string code) =>
        SendAsync(mock, HttpMethod.Post, "/api/v1/auth/verify-email/", new { verification_code = code });

    public Task<HttpResponseMessage> RefreshAsync(MockServerApp mock) => SendAsync(mock, HttpMethod.Post, "/api/v1/auth/custom-refresh/");

    public Task<HttpResponseMessage> LogOutAsync(MockServerApp mock) => SendAsync(mock, HttpMethod.Post, "/api/v1/auth/custom-logout/");

    public Task<HttpResponseMessage> AccountAsync(MockServerApp mock) => SendAsync(mock, HttpMethod.Get, "/api/v1/account/");

    public async Task<string> LatestCodeAsync(MockServerApp mock, string email)
    {
        var mail = await (await SendAsync(mock, HttpMethod.Get, $"/_mock/mailbox?to={Uri.EscapeDataString(email)}")).Content.ReadFromJsonAsync<List<JsonElement>>(Ct);
        return mail![^1].GetProperty("code").GetString()!;
    }

    public async Task<HttpResponseMessage> SendAsync(MockServerApp mock, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add(TenantResolution.Header, tenant);
        var cookies = new[] { (SessionCookies.AccessName, Access), (SessionCookies.RefreshName, Refresh) }
            .Where(c => c.Item2 is not null).Select(c => $"{c.Item1}={c.Item2}").ToList();
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies));
        }

        var response = await mock.CreateBareClient().SendAsync(request, Ct);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            foreach (var cookie in set)
            {
                var value = cookie[(cookie.IndexOf('=', StringComparison.Ordinal) + 1)..cookie.IndexOf(';', StringComparison.Ordinal)];
                if (cookie.StartsWith(SessionCookies.AccessName + "=", StringComparison.Ordinal))
                {
                    Access = value.Length == 0 ? null : value;
                }
                else if (cookie.StartsWith(SessionCookies.RefreshName + "=", StringComparison.Ordinal))
                {
                    Refresh = value.Length == 0 ? null : value;
                }
            }
        }

        return response;
    }

    /// <summary>The same browser with the cookies it holds now, to replay them later.</summary>
    public RoamingBrowser Copy() => new(tenant) { Access = Access, Refresh = Refresh };

    public static void AssertStatus(HttpStatusCode expected, HttpResponseMessage response, string step) =>
        Assert.True(expected == response.StatusCode, $"{step}: expected {(int)expected}, got {(int)response.StatusCode}");
}
