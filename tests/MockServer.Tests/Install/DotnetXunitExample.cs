using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Install;

/// <summary>
/// <c>examples/dotnet-xunit</c> as a .NET team has it: a copy outside the repository, restored against the
/// packages just packed (<c>Rememberizer.Contract.Testing</c>, <c>Rememberizer.Contract.Client</c>) plus the
/// machine's usual feed, into a NuGet package folder of its own so no earlier 0.1.0 is ever taken from a cache.
/// </summary>
public sealed class DotnetXunitExample : IAsyncLifetime
{
    public static readonly string[] PackageIds = ["Rememberizer.Contract.Testing", "Rememberizer.Contract.Client"];

    private readonly ScratchDirectory _scratch = new();

    public string Packages => _scratch.Combine("packages");

    public string Project => _scratch.Combine("example");

    public string NuGetPackages => _scratch.Combine("nuget-packages");

    public IReadOnlyDictionary<string, string> Environment => IsolatedNuGet.Environment(NuGetPackages);

    public async ValueTask InitializeAsync()
    {
        _scratch.Create("packages");
        _scratch.Create("nuget-packages");
        foreach (var project in new[] { "Testing", "Client" })
        {
            (await CommandRun.RunAsync("dotnet",
                ["pack", Path.Combine(RepositoryFiles.Root, "src", project), "-c", "Release", "-o", Packages, "--artifacts-path", _scratch.Combine("build")],
                RepositoryFiles.Root, timeout: TimeSpan.FromMinutes(10))).Succeeded();
        }

        var source = Path.Combine(RepositoryFiles.Root, "examples", "dotnet-xunit");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
                     .Where(file => !Path.GetRelativePath(source, file).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")))
        {
            var copy = Path.Combine(Project, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        // The fixture file beside it, where the project file finds it in the repository (../fixtures).
        Directory.CreateDirectory(_scratch.Combine("fixtures"));
        File.Copy(Path.Combine(RepositoryFiles.Root, "examples", "fixtures", "team.yaml"), _scratch.Combine("fixtures", "team.yaml"));

        // The packed folder in addition to the feeds the machine is set up with, as a team adds a local feed.
        await File.WriteAllTextAsync(Path.Combine(Project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="packed" value="{Packages}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary><c>dotnet test</c> of the copy, against the version this repository builds.</summary>
    public Task<CommandRun> TestAsync() =>
        CommandRun.RunAsync("dotnet", ["test", "-p:RememberizerContractVersion=" + ProductVersion.Current], Project, Environment, TimeSpan.FromMinutes(15));

    public ValueTask DisposeAsync()
    {
        _scratch.Dispose();
        return ValueTask.CompletedTask;
    }
}
