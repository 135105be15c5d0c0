using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Rememberizer.Contract.MockServer.Tests.Browser.Chromium))]

namespace Rememberizer.Contract.MockServer.Tests.Browser;

/// <summary>
/// The system's Chromium (Debian's <c>chromium</c> package; <c>CHROMIUM_PATH</c> names another), driven by
/// Playwright, headless, launched once for the test run when a browser test first asks for it. Playwright's own
/// browser download is never used. Without Chromium each browser test reports itself skipped, with the reason.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    private static readonly string ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>A fresh context (its own cookies and storage) on a page, or the test is skipped when there is no Chromium.</summary>
    public async Task<IPage> NewPageAsync(bool clipboard = false, ColorScheme colorScheme = ColorScheme.Light)
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Skip($"Chromium is not installed at {ExecutablePath} (apt-get install chromium, or set CHROMIUM_PATH); the browser tests need it.");
        }

        var browser = await LaunchAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
            Permissions = clipboard ? ["clipboard-read", "clipboard-write"] : [],
            ColorScheme = colorScheme,
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _gate.Dispose();
    }

    private async Task<IBrowser> LaunchAsync()
    {
        await _gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            _playwright ??= await Playwright.CreateAsync();
            return _browser ??= await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                // As root in a container Chromium needs --no-sandbox; the rest keeps it from calling home.
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
        }
        finally
        {
            _gate.Release();
        }
    }
}
