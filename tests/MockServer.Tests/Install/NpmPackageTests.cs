using System.Net;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Install;

/// <summary>
/// <c>npm install rememberizer-mock</c> (from the tarballs the repository's script builds), then
/// <c>npx rememberizer-mock</c> on a machine whose PATH has no .NET: the launcher starts the platform package's binary,
/// passes its arguments, signals and exit codes through.
/// </summary>
[Collection(NpmPackages.Name)]
public sealed class NpmPackageTests(NpmPackageInstall npm)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NpxPrintsTheVersionWithNoDotnetOnThePath()
    {
        SkipUnlessBuilt();

        var dotnet = await CommandRun.RunAsync("sh", ["-c", "command -v dotnet"], npm.App, npm.Environment);
        var version = (await CommandRun.RunAsync("npx", ["--offline", "rememberizer-mock", "--version"], npm.App, npm.Environment)).Succeeded();

        Assert.NotEqual(0, dotnet.ExitCode);
        Assert.Equal(ProductVersion.Current, version.Stdout.Trim());
    }

    [Fact]
    public async Task TheLauncherServesTheApiAndPassesSigtermOnToTheBinary()
    {
        SkipUnlessBuilt();

        await using var mock = MockProcess.Installed(npm.Launcher, npm.Environment, "--port", "0");
        var api = await mock.ListeningAsync();
        using var client = new HttpClient { BaseAddress = api };

        var health = await client.GetAsync(new Uri(api, "/_mock/health"), Ct);
        await mock.SignalAsync("TERM");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(0, await mock.ExitCodeAsync());
        Assert.Contains("Stopping the Rememberizer mock server.", mock.Stdout);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri(api, "/_mock/health"), Ct));
    }

    [Fact]
    public async Task TheBinaryKeepsStateInASqliteFileWithItsNativeLibraryInside()
    {
        SkipUnlessBuilt();
        var file = Path.Combine(npm.App, "state.db");

        await using var mock = MockProcess.Installed(npm.Launcher, npm.Environment, "--port", "0", "--quiet", "--state", "sqlite:" + file);
        var api = await mock.ListeningAsync();
        using var client = new HttpClient();
        var config = await client.GetStringAsync(new Uri(api, "/_mock/config"), Ct);
        await mock.SignalAsync("TERM");

        Assert.Contains($"\"store\":\"sqlite:{file}\"", config, StringComparison.Ordinal);
        Assert.True(new FileInfo(file).Length > 0, "the state file was written");
        Assert.Equal(0, await mock.ExitCodeAsync());
    }

    [Fact]
    public async Task TheSingleFileBinaryServesThePagesFromItself()
    {
        SkipUnlessBuilt();

        await using var mock = MockProcess.Installed(npm.Launcher, npm.Environment, "--port", "0", "--quiet");
        var api = await mock.ListeningAsync();
        using var client = new HttpClient { BaseAddress = api };

        // Nothing but the binary and appsettings.json is in the package: the pages' files and Scalar's script must
        // come out of the binary itself.
        foreach (var path in new[] { "/docs/", "/docs/scalar.js", "/openapi.json", "/_mock/", "/_mock/dashboard.js", "/assets/site.css" })
        {
            var response = await client.GetAsync(new Uri(api, path), Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync(Ct));
        }

        await mock.SignalAsync("TERM");
        Assert.Equal(0, await mock.ExitCodeAsync());
    }

    [Fact]
    public async Task AnUnknownOptionEndsInOneLineAndExitCode2ThroughTheLauncher()
    {
        SkipUnlessBuilt();

        var run = await CommandRun.RunAsync(npm.Launcher, ["--no-such-option"], npm.App, npm.Environment);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"^rememberizer-mock: .*'--no-such-option'.* See --help\.\n$", run.Stderr);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task VerifyPassesRightAfterInstallingWithThePactLibraryThePlatformPackageCarries()
    {
        SkipUnlessBuilt();

        // The app holds only the two packages: no pact-js, no PACT_FFI_LIBRARY (the environment is the fixture's
        // alone), and no node_modules in the folders above the scratch folder.
        var run = await CommandRun.RunAsync(npm.Launcher, ["verify", "--pact-file", npm.StatelessPact()], npm.App, npm.Environment);

        Assert.True(run.ExitCode == 0, $"{run.Stdout}\n{run.Stderr}");
        Assert.Contains("1 interactions verified: 1 passed, 0 failed.", run.Stdout);
        Assert.False(Directory.Exists(Path.Combine(npm.App, "node_modules", "@pact-foundation")), "nothing but the mock's packages is installed");
        Assert.DoesNotContain(npm.Environment.Keys, name => name == "PACT_FFI_LIBRARY");
        Assert.All(AncestorsOf(npm.App), folder => Assert.False(Directory.Exists(Path.Combine(folder, "node_modules")), $"{folder} has a node_modules"));
    }

    [Fact]
    public async Task TheReleaseInstallCheckPassesWithTheBuiltTarballs()
    {
        SkipUnlessBuilt();

        // The script each release runner runs (.github/workflows/release.yml), on the tarballs these tests built.
        var check = await CommandRun.RunAsync("node", [Path.Combine(RepositoryFiles.Root, "packaging", "npm", "install-check.mjs"), Path.GetDirectoryName(npm.Tarballs[0])!], npm.App, npm.Environment);

        Assert.True(check.ExitCode == 0, $"{check.Stdout}\n{check.Stderr}");
        Assert.Contains("1 interactions verified: 1 passed, 0 failed.", check.Stdout);
        Assert.EndsWith("install check passed\n", check.Stdout, StringComparison.Ordinal);
    }

    private static IEnumerable<string> AncestorsOf(string folder)
    {
        for (var parent = Directory.GetParent(folder); parent is not null; parent = parent.Parent)
        {
            yield return parent.FullName;
        }
    }

    private void SkipUnlessBuilt()
    {
        if (npm.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }
}
