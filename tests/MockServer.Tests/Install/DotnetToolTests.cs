using System.IO.Compression;
using System.Net;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Install;

/// <summary>
/// <c>dotnet tool install --add-source DIR Rememberizer.Contract.Mock</c>, then <c>rememberizer-mock</c>: the
/// command answers its version and serves the API, and stops cleanly on SIGTERM; <c>verify</c> finds the Pact core
/// library the package carries, with nothing else installed.
/// </summary>
public sealed class DotnetToolTests(DotnetToolInstall tool) : IClassFixture<DotnetToolInstall>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheInstalledToolPrintsTheProductVersion()
    {
        var run = (await CommandRun.RunAsync(tool.Command, ["--version"], Path.GetTempPath(), tool.Environment)).Succeeded();

        Assert.Equal(ProductVersion.Current, run.Stdout.Trim());
    }

    [Fact]
    public async Task TheInstalledToolServesTheApiAndStopsOnSigterm()
    {
        await using var mock = MockProcess.Installed(tool.Command, tool.Environment, "--port", "0");
        var api = await mock.ListeningAsync();
        using var client = new HttpClient { BaseAddress = api };

        var health = await client.GetAsync(new Uri(api, "/_mock/health"), Ct);
        var account = await client.GetAsync("account/", Ct);
        await mock.SignalAsync("TERM");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, account.StatusCode);
        Assert.Equal(0, await mock.ExitCodeAsync());
        Assert.Empty(mock.Stderr);
    }

    [Theory]
    [InlineData("linux-x64/native/libpact_ffi.so")]
    [InlineData("linux-arm64/native/libpact_ffi.so")]
    [InlineData("osx-x64/native/libpact_ffi.dylib")]
    [InlineData("osx-arm64/native/libpact_ffi.dylib")]
    [InlineData("win-x64/native/pact_ffi.dll")]
    public void ThePackageCarriesThePactCoreLibraryOfEachSupportedPlatform(string file)
    {
        using var package = ZipFile.OpenRead(tool.Package);

        var entry = package.GetEntry($"tools/net10.0/any/runtimes/{file}");

        Assert.NotNull(entry);
        Assert.True(entry.Length > 1_000_000, $"{file} is {entry.Length} bytes");
    }

    [Fact]
    public async Task VerifyWorksRightAfterInstallingFromAnEmptyFolder()
    {
        var folder = tool.EmptyFolder;
        var pact = StatelessPact.WriteTo(folder);

        // tool.Environment names no PACT_FFI_LIBRARY, and nothing above the scratch folder is a node_modules.
        var run = await CommandRun.RunAsync(tool.Command, ["verify", "--pact-file", pact], folder, tool.Environment);

        Assert.False(tool.Environment.ContainsKey("PACT_FFI_LIBRARY"));
        Assert.True(run.ExitCode == 0, $"{run.Stdout}\n{run.Stderr}");
        Assert.Contains("1 interactions verified: 1 passed, 0 failed.", run.Stdout);
    }
}
