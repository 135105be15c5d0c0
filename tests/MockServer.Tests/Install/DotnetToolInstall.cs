using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Install;

/// <summary>
/// The .NET tool as a user gets it: <c>dotnet pack</c> of the mock, then <c>dotnet tool install</c> from that
/// folder alone (a tool path instead of <c>--global</c>, so the test leaves the machine as it was), with a NuGet
/// package folder of its own so the package just packed is the one installed.
/// </summary>
public sealed class DotnetToolInstall : IAsyncLifetime
{
    public const string PackageId = "Rememberizer.Contract.Mock";

    private readonly ScratchDirectory _scratch = new();

    public string Command => _scratch.Combine("tools", "rememberizer-mock");

    /// <summary>The package as packed.</summary>
    public string Package => _scratch.Combine("packages", $"{PackageId}.{ProductVersion.Current}.nupkg");

    /// <summary>A folder of its own with nothing in it or above it: no node_modules, no pact_ffi.</summary>
    public string EmptyFolder => _scratch.Create("empty");

    /// <summary>What the installed command runs with: this machine's .NET on the PATH, and a home of its own.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["PATH"] = System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
        ["HOME"] = _scratch.Create("home"),
        ["NO_COLOR"] = "1",
    };

    public async ValueTask InitializeAsync()
    {
        var packages = _scratch.Create("packages");
        (await CommandRun.RunAsync("dotnet",
            ["pack", Path.Combine(RepositoryFiles.Root, "src", "MockServer"), "-c", "Release", "-o", packages, "--artifacts-path", _scratch.Combine("build")],
            RepositoryFiles.Root, timeout: TimeSpan.FromMinutes(10))).Succeeded();

        // Only the folder the package was packed into: the install must not depend on any feed.
        var config = _scratch.Combine("nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        (await CommandRun.RunAsync("dotnet",
            ["tool", "install", "--tool-path", _scratch.Combine("tools"), "--configfile", config, PackageId, "--version", ProductVersion.Current],
            _scratch.Path, IsolatedNuGet.Environment(_scratch.Create("nuget-packages")))).Succeeded();
    }

    public ValueTask DisposeAsync()
    {
        _scratch.Dispose();
        return ValueTask.CompletedTask;
    }
}
