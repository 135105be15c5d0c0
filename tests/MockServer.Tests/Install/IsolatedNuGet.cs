using System.Collections;

namespace Rememberizer.Contract.MockServer.Tests.Install;

/// <summary>
/// This process's environment with a NuGet package folder of the test's own: a restore or <c>dotnet tool install</c>
/// then takes the package just packed, never a 0.1.0 of an earlier build cached in the machine's global folder.
/// </summary>
public static class IsolatedNuGet
{
    public static IReadOnlyDictionary<string, string> Environment(string packagesFolder)
    {
        var environment = System.Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string?)entry.Value ?? "");
        environment["NUGET_PACKAGES"] = packagesFolder;
        return environment;
    }
}
