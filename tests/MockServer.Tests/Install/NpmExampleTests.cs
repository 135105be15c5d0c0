using System.Net;
using System.Net.Sockets;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Install;

/// <summary>
/// The JavaScript examples run against the npm packages built from this checkout: <c>examples/vitest</c> (Vitest's
/// global set-up with <c>startMock()</c>, calls typed by <c>rememberizer-mock/api</c> and checked by <c>tsc</c>) and
/// <c>examples/playwright</c> (Playwright Test's <c>webServer</c>, the system's Chromium).
/// </summary>
[Collection(NpmPackages.Name)]
public sealed class NpmExampleTests(NpmPackageInstall npm)
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly NpmExample Vitest = new("vitest");
    private static readonly NpmExample Playwright = new("playwright");

    [Fact]
    public async Task TheVitestExampleTypeChecksAndPassesWithTheMockOfItsGlobalSetUp()
    {
        SkipUnlessBuilt();
        await Vitest.InstallAsync(npm.Tarballs);

        var run = await Vitest.RunAsync("npm", ["test"]);

        Assert.True(run.ExitCode == 0, $"{run.Stdout}\n{run.Stderr}");
        Assert.Matches(@"Tests\s+5 passed \(5\)", run.Stdout);
    }

    [Fact]
    public async Task TheTypedClientWithAMisspeltResponseFieldFailsToTypeCheck()
    {
        SkipUnlessBuilt();
        await Vitest.InstallAsync(npm.Tarballs);
        var client = await File.ReadAllTextAsync(Path.Combine(Vitest.Directory, "src", "rememberizer.ts"), TestContext.Current.CancellationToken);
        Assert.Contains("data.email_verified", client, StringComparison.Ordinal);

        // The same file twice, beside the original so its imports resolve the same way, once as it is and once with
        // one response field misspelt.
        var folder = Directory.CreateDirectory(Path.Combine(Vitest.Directory, $"typecheck-{Guid.NewGuid():N}")).FullName;
        try
        {
            var same = Path.Combine(folder, "same.ts");
            var misspelt = Path.Combine(folder, "misspelt.ts");
            await File.WriteAllTextAsync(same, client, TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(misspelt, client.Replace("data.email_verified", "data.email_verifed", StringComparison.Ordinal), TestContext.Current.CancellationToken);

            var good = await TypeCheckAsync(same);
            var bad = await TypeCheckAsync(misspelt);

            Assert.True(good.ExitCode == 0, good.Stdout);
            Assert.NotEqual(0, bad.ExitCode);
            Assert.Contains("Property 'email_verifed' does not exist", bad.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ThePlaywrightExampleStartsTheMockWithItsWebServerAndDrivesChromium()
    {
        SkipUnlessBuilt();
        if (!File.Exists(ChromiumPath))
        {
            Assert.Skip($"Chromium is not installed at {ChromiumPath} (apt-get install chromium); the Playwright example needs it.");
        }

        await Playwright.InstallAsync(npm.Tarballs);
        var port = FreePort();

        var run = await Playwright.RunAsync("npm", ["test"], NpmExample.Environment(("MOCK_PORT", $"{port}"), ("CI", "true"), ("CHROMIUM_PATH", ChromiumPath)));

        Assert.True(run.ExitCode == 0, $"{run.Stdout}\n{run.Stderr}");
        Assert.Contains("2 passed", run.Stdout, StringComparison.Ordinal);
        using var client = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync($"http://127.0.0.1:{port}/_mock/health", TestContext.Current.CancellationToken));
    }

    // The example's own compiler settings (its tsconfig.json), for the one file.
    private static async Task<CommandRun> TypeCheckAsync(string file)
    {
        var project = Path.ChangeExtension(file, ".tsconfig.json");
        await File.WriteAllTextAsync(project, $$"""{ "extends": "../tsconfig.json", "include": ["{{Path.GetFileName(file)}}"] }""", TestContext.Current.CancellationToken);
        return await Vitest.RunAsync(Path.Combine(Vitest.Directory, "node_modules", ".bin", "tsc"), ["--project", project]);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void SkipUnlessBuilt()
    {
        if (npm.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }
}
