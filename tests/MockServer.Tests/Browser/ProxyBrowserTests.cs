using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using Rememberizer.Contract.MockServer.Proxy;
using Rememberizer.Contract.MockServer.Tests.Proxy;

namespace Rememberizer.Contract.MockServer.Tests.Browser;

/// <summary>
/// A browser on localhost through the proxy: the upstream's session cookie, set for the upstream's domain, is kept
/// (the proxy removes its Domain) and sent back; the dashboard's Drift panel shows what the upstream did differently.
/// </summary>
public sealed class ProxyBrowserTests(Chromium chromium)
{
    [Fact]
    public async Task TheUpstreamsSessionCookieWorksThroughTheProxyAndItsDriftShowsOnTheDashboard()
    {
        var page = await chromium.NewPageAsync();
        await using var upstream = await StubUpstream.StartAsync(app =>
        {
            app.MapPost("/api/v1/auth/signin/", (HttpContext context) =>
            {
                context.Response.Headers.Append("Set-Cookie", "access_token=upstream-session; Domain=api.rememberizer.ai; Path=/; HttpOnly; SameSite=Lax");
                return Results.NoContent();
            });
            app.MapGet("/api/v1/account/", (HttpContext context) => context.Request.Cookies["access_token"] == "upstream-session"
                ? Results.Json(new { id = 1, email = "ada@example.com", name = "Ada", plan = "pro" })
                : Results.Json(new { detail = "Authentication credentials were not provided." }, statusCode: 401));
        });
        await using var proxy = await RunningProxy.StartAsync(new ProxyArguments(upstream.Root));
        try
        {
            await page.GotoAsync(new Uri(proxy.Root, "/_mock/").ToString());

            var signIn = await page.EvaluateAsync<int>("""
                () => fetch('/api/v1/auth/signin/', { method: 'POST', headers: { 'Content-Type': 'application/json' },
                  body: JSON.stringify({ login: 'ada@example.com', password: 'secure_password', captcha: 'recaptcha_response' }) }).then(r => r.status)
                """);
            var account = await page.EvaluateAsync<int>("() => fetch('/api/v1/account/').then(r => r.status)");

            Assert.Equal(204, signIn);
            Assert.Equal(200, account);
            var drift = page.Locator("#drift-panel");
            await Assertions.Expect(drift).ToBeVisibleAsync();
            await Assertions.Expect(drift.GetByRole(AriaRole.Row).Filter(new() { HasText = "/plan" })).ToContainTextAsync("undeclared_field");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
