using System.Net.Http.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Browser;

/// <summary>
/// The mock's own pages (home and dashboard, with content in every panel and a request open) pass axe-core's
/// checks — names, labels, contrast, landmarks — in light and dark colour schemes. The API reference is Scalar's.
/// </summary>
public sealed class AccessibilityBrowserTests(Chromium chromium)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task TheHomePageAndTheDashboardHaveNoAccessibilityViolations(ColorScheme scheme)
    {
        await using var session = await BrowserSession.OpenAsync(chromium, colorScheme: scheme);
        var page = session.Page;
        await session.Api.PostAsJsonAsync("/api/v1/auth/signup/", new { email = "ada@example.com", password = "secure_password", name = "Ada", captcha = SessionHelpers.Captcha }, Ct);
        await session.Api.PostAsJsonAsync("/api/v1/auth/signin/", new { login = "ada@example.com" }, Ct);

        await page.GotoAsync(session.Url("/"));
        var home = await page.RunAxe();
        await page.GotoAsync(session.Url("/_mock/"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Open POST /api/v1/auth/signin/, status 400" }).ClickAsync();
        await Assertions.Expect(page.Locator("#request-detail .violations")).ToBeVisibleAsync();
        var dashboard = await page.RunAxe();

        Assert.Empty(home.Violations.Select(v => $"home: {v.Id} ({v.Impact}): {v.Help}"));
        Assert.Empty(dashboard.Violations.Select(v => $"dashboard: {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}"));
    }
}
