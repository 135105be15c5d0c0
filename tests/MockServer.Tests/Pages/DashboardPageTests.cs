using System.Net;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Pages;

/// <summary><c>/_mock/</c>: the dashboard's page and script, there exactly when the control API is.</summary>
public sealed class DashboardPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheDashboardAndItsScriptAreServedUnderTheControlApi()
    {
        await using var app = new MockServerApp();
        var client = app.CreateBareClient();

        var page = await client.GetAsync("/_mock/", Ct);
        var script = await client.GetAsync("/_mock/dashboard.js", Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script type=\"module\" src=\"/_mock/dashboard.js\"></script>", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.StartsWith("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WithoutTheControlApiThereIsNoDashboard()
    {
        await using var app = new MockServerApp().With("MockServer:ControlApiEnabled", "false");

        var page = await app.CreateBareClient().GetAsync("/_mock/", Ct);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }
}
