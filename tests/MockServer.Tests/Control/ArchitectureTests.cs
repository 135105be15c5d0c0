using System.Text.RegularExpressions;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Control;

/// <summary>
/// The mock's folders depend one way (Hosting → Api, Control → Pages, Control → Http → Fake) and the domain knows no ASP.NET; the
/// compiler enforces the second (src/Fake is a plain .NET project), this test the first.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly string MockServerSource = Path.Combine(RepositoryFiles.Root, "src", "MockServer");

    [Fact]
    public void NoTwoFoldersOfTheMockDependOnEachOther()
    {
        var edges = Directory.EnumerateFiles(MockServerSource, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => Namespaces().Matches(File.ReadAllText(file)).Select(m => (From: FolderOf(file), To: m.Groups[1].Value)))
            .Where(e => e.From is not null && e.From != e.To)
            .ToHashSet();

        var cycles = edges.Where(e => edges.Contains((e.To, e.From!))).Select(e => $"{e.From} <-> {e.To}").ToList();

        Assert.NotEmpty(edges);
        Assert.True(cycles.Count == 0, string.Join(", ", cycles));
    }

    [Fact]
    public void TheDomainProjectReferencesNoAspNet()
    {
        var project = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "Fake", "Rememberizer.Contract.Fake.csproj"));

        Assert.Contains("Sdk=\"Microsoft.NET.Sdk\"", project, StringComparison.Ordinal);
        Assert.DoesNotContain("AspNetCore", project, StringComparison.Ordinal);
    }

    private static string? FolderOf(string file)
    {
        var relative = Path.GetRelativePath(MockServerSource, file).Split(Path.DirectorySeparatorChar);
        return relative.Length > 1 ? relative[0] : null;
    }

    [GeneratedRegex(@"Rememberizer\.Contract\.MockServer\.(Api|Control|Hosting|Http|Pages|Proxy|Tenants|Terminal)\b")]
    private static partial Regex Namespaces();
}
