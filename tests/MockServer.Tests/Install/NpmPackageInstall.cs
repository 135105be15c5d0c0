using System.Runtime.InteropServices;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Install;

/// <summary>
/// The npm packages as a frontend developer gets them: <c>packaging/npm/build.mjs</c> builds the linux-x64 platform
/// package (the self-contained single-file binary) and the launcher, then <c>npm install</c> of the two tarballs into
/// an app of its own, offline. Everything installed runs with a PATH holding only node, npm, npx and sh: no .NET.
/// </summary>
public sealed class NpmPackageInstall : IAsyncLifetime
{
    private static readonly string[] Tools = ["node", "npm", "npx", "sh"];

    private readonly ScratchDirectory _scratch = new();

    /// <summary>Why the packages cannot be built and run here, or null when they can.</summary>
    public string? SkipReason { get; private set; }

    public string App => _scratch.Combine("app");

    /// <summary>The tarballs <c>build.mjs</c> made: the launcher and this platform's package.</summary>
    public IReadOnlyList<string> Tarballs { get; private set; } = [];

    /// <summary>The launcher npm links into the app's <c>node_modules/.bin</c>, which <c>npx</c> runs.</summary>
    public string Launcher => _scratch.Combine("app", "node_modules", ".bin", "rememberizer-mock");

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["PATH"] = _scratch.Combine("bin"),
        ["HOME"] = _scratch.Combine("home"),
        ["NO_COLOR"] = "1",
    };

    public async ValueTask InitializeAsync()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            SkipReason = $"the npm package is built and run for linux-x64 only in the tests; this machine is {RuntimeInformation.RuntimeIdentifier}.";
            return;
        }

        var bin = _scratch.Create("bin");
        foreach (var tool in Tools)
        {
            if (Executables.Find(tool) is not { } found)
            {
                SkipReason = $"{tool} is not on the PATH; the npm package needs Node.js with npm (see README, Prerequisites).";
                return;
            }

            File.CreateSymbolicLink(Path.Combine(bin, tool), found);
        }

        _scratch.Create("home");
        var tarballs = _scratch.Create("npm");
        // A self-contained ReadyToRun publish compiles the whole framework ahead of time: minutes on two busy cores.
        (await CommandRun.RunAsync("node", [Path.Combine(RepositoryFiles.Root, "packaging", "npm", "build.mjs"), "--out", tarballs, "linux-x64"], RepositoryFiles.Root,
            timeout: TimeSpan.FromMinutes(12))).Succeeded();

        _scratch.Create("app");
        await File.WriteAllTextAsync(Path.Combine(App, "package.json"), """{ "name": "an-app", "private": true }""");
        Tarballs = Directory.GetFiles(tarballs, "*.tgz");
        (await CommandRun.RunAsync("npm", ["install", "--offline", "--no-audit", "--no-fund", .. Tarballs], App, Environment)).Succeeded();
    }

    /// <summary>Writes a script into the app, where <c>require</c> and <c>import</c> find the installed package.</summary>
    public string Script(string name, string text)
    {
        var file = Path.Combine(App, name);
        File.WriteAllText(file, text);
        return file;
    }

    /// <summary>A one-interaction pact any mock honours without provider states, in the scratch folder.</summary>
    public string StatelessPact() => Install.StatelessPact.WriteTo(_scratch.Path);

    public ValueTask DisposeAsync()
    {
        _scratch.Dispose();
        return ValueTask.CompletedTask;
    }
}
