using Microsoft.Playwright;

namespace Rememberizer.Contract.MockServer.Tests.Browser;

/// <summary>The landing page in Chromium: every link of its own resolves.</summary>
public sealed class LandingPageBrowserTests(Chromium chromium)
{
    [Fact]
    public async Task EveryLinkOfTheLandingPageResolves()
    {
        await using var session = await BrowserSession.OpenAsync(chromium);
        var page = session.Page;

        await page.GotoAsync(session.Url("/"));
        var links = await page.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        var own = links.Where(l => new Uri(l).IsLoopback).Distinct().ToList();

        Assert.Contains(session.Url("/docs/"), own);
        Assert.Contains(session.Url("/_mock/"), own);
        Assert.Contains(session.Url("/openapi.yaml"), own);
        foreach (var link in own)
        {
            var response = await page.Context.APIRequest.GetAsync(link);
            Assert.True(response.Ok, $"{link} answered {response.Status}");
        }

        await Assertions.Expect(page.Locator("#base-url")).ToHaveTextAsync(session.Url("/api/v1"));
        Assert.Empty(session.Offsite);
    }
}
