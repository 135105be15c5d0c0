using System.Collections;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.Tests.Pacts.Verify;

/// <summary>Runs <c>rememberizer-mock verify …</c> as its own process: the built program beside these tests.</summary>
internal static class VerifyCommand
{
    public static Task<CommandRun> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string>? extraEnvironment = null)
    {
        var environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "");
        foreach (var (name, value) in extraEnvironment ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        var program = Path.Combine(AppContext.BaseDirectory, "Rememberizer.Contract.MockServer.dll");
        return CommandRun.RunAsync("dotnet", [program, "verify", .. args], PactFiles.RepositoryRoot, environment, TimeSpan.FromMinutes(3));
    }
}
