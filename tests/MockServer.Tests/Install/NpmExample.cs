using System.Collections;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Install;

/// <summary>
/// An example under <c>examples/</c> made ready the way its README says: <c>npm ci</c> (its package-lock.json),
/// then <c>npm install --no-save</c> of the npm packages built from this checkout in place of the published ones.
/// Runs with this process's environment: the examples' own packages come from the npm registry.
/// </summary>
public sealed class NpmExample(string name)
{
    public string Directory { get; } = Path.Combine(RepositoryFiles.Root, "examples", name);

    public static IReadOnlyDictionary<string, string> Environment(params (string Name, string Value)[] extra)
    {
        var environment = System.Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "");
        environment["NO_COLOR"] = "1";
        foreach (var (key, value) in extra)
        {
            environment[key] = value;
        }

        return environment;
    }

    private readonly Lock _gate = new();
    private Task? _install;

    /// <summary>Installs once per test run, however many tests ask.</summary>
    public Task InstallAsync(IReadOnlyList<string> tarballs)
    {
        lock (_gate)
        {
            return _install ??= InstallOnceAsync(tarballs);
        }
    }

    private async Task InstallOnceAsync(IReadOnlyList<string> tarballs)
    {
        (await CommandRun.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], Directory, Environment(), TimeSpan.FromMinutes(5))).Succeeded();
        (await CommandRun.RunAsync("npm", ["install", "--no-save", "--no-audit", "--no-fund", .. tarballs], Directory, Environment(), TimeSpan.FromMinutes(5))).Succeeded();
    }

    public Task<CommandRun> RunAsync(string command, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null) =>
        CommandRun.RunAsync(command, args, Directory, environment ?? Environment(), TimeSpan.FromMinutes(5));
}
