using System.Collections;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.Tests.Pacts.JavaScript;

/// <summary>
/// The JavaScript consumer of <c>examples/pact-js</c>, run once per test run the way its README says
/// (<c>npm ci</c>, then <c>npm test</c>), writing <c>pacts/pact-js-example-rememberizer-api.json</c>.
/// </summary>
public static class PactJsExample
{
    public const string Consumer = "pact-js-example";

    private static readonly Lazy<Task<CommandRun>> Run = new(RunAsync);

    public static string Directory { get; } = Path.Combine(PactFiles.RepositoryRoot, "examples", "pact-js");

    public static string PactFile { get; } = Path.Combine(PactFiles.Directory, $"{Consumer}-{PactFiles.Provider}.json");

    /// <summary>The npm test run (its output, for a failure message).</summary>
    public static Task<CommandRun> TestRunAsync() => Run.Value;

    /// <summary>The pact file, once the example's tests have passed.</summary>
    public static async Task<string> EnsureWrittenAsync()
    {
        (await Run.Value).Succeeded();
        return PactFile;
    }

    private static async Task<CommandRun> RunAsync()
    {
        if (File.Exists(PactFile))
        {
            File.Delete(PactFile); // interactions removed from the tests must leave the pact too
        }
        var environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "");
        environment["PACT_DIR"] = PactFiles.Directory;
        environment["PACT_DO_NOT_TRACK"] = "true";
        environment["SCARF_ANALYTICS"] = "false";
        var install = await CommandRun.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], Directory, environment, TimeSpan.FromMinutes(5));
        return install.ExitCode != 0
            ? install
            : await CommandRun.RunAsync("npm", ["test"], Directory, environment, TimeSpan.FromMinutes(2));
    }
}
