using System.Collections.Concurrent;
using Microsoft.Playwright;
using Rememberizer.Contract.MockServer.Hosting;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Browser;

/// <summary>
/// One browser test's world: a fresh mock on a loopback port, a page in a fresh browser context, an HTTP client
/// for what the test does "through the API", and every request the page tried to send off this machine (there
/// must be none: the pages work offline).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _offsite = new();

    private BrowserSession(IPage page, InProcessMock mock)
    {
        Page = page;
        Mock = mock;
        Api = new HttpClient { BaseAddress = mock.ProviderRoot };
        page.Context.Request += (_, request) =>
        {
            if (Uri.TryCreate(request.Url, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal) && !uri.IsLoopback)
            {
                _offsite.Enqueue(request.Url);
            }
        };
    }

    public IPage Page { get; }

    public InProcessMock Mock { get; }

    public HttpClient Api { get; }

    public IReadOnlyCollection<string> Offsite => _offsite;

    public static async Task<BrowserSession> OpenAsync(Chromium chromium, bool clipboard = false, ColorScheme colorScheme = ColorScheme.Light)
    {
        var page = await chromium.NewPageAsync(clipboard, colorScheme);
        return new BrowserSession(page, await InProcessMock.StartAsync([], TestContext.Current.CancellationToken));
    }

    public string Url(string path) => new Uri(Mock.ProviderRoot, path).ToString();

    public async ValueTask DisposeAsync()
    {
        await Page.Context.CloseAsync();
        Api.Dispose();
        await Mock.DisposeAsync();
    }
}
