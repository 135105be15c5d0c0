using System.IO.Compression;
using System.Xml.Linq;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Install;

/// <summary>
/// The packed <c>Rememberizer.Contract.Testing</c> and <c>Rememberizer.Contract.Client</c> from a project outside the
/// repository: the xunit example's tests pass (two mocks in one process, a 200 from <c>GET account/</c> through the
/// typed client for a user each made, both ports free after dispose), and the package says what it needs.
/// </summary>
public sealed class DotnetXunitExampleTests(DotnetXunitExample example) : IClassFixture<DotnetXunitExample>
{
    [Fact]
    public async Task TheExampleRestoresThePackedPackagesAndItsTestsPass()
    {
        var run = await example.TestAsync();

        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}\nstdout:\n{run.Stdout}\nstderr:\n{run.Stderr}");
        Assert.Matches(@"total: 4\s+failed: 0\s+succeeded: 4", run.Stdout);
        foreach (var id in DotnetXunitExample.PackageIds)
        {
            // Restored from the packed folder into the example's own package folder, not from a cache.
            Assert.Equal(
                await File.ReadAllBytesAsync(Path.Combine(example.Packages, $"{id}.{ProductVersion.Current}.nupkg"), TestContext.Current.CancellationToken),
                await File.ReadAllBytesAsync(Path.Combine(example.NuGetPackages, id.ToLowerInvariant(), ProductVersion.Current, $"{id.ToLowerInvariant()}.{ProductVersion.Current}.nupkg"), TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public void TheTestingPackageCarriesTheMocksAssembliesAndDeclaresEveryPackageTheyUse()
    {
        using var package = ZipFile.OpenRead(Path.Combine(example.Packages, $"Rememberizer.Contract.Testing.{ProductVersion.Current}.nupkg"));
        var nuspec = XDocument.Load(package.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var declared = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!).ToHashSet();
        var framework = nuspec.Descendants().Where(e => e.Name.LocalName == "frameworkReference").Select(e => (string)e.Attribute("name")!);
        var carried = package.Entries.Where(e => e.FullName.StartsWith("lib/net10.0/", StringComparison.Ordinal)).Select(e => e.Name).ToHashSet();

        Assert.Contains("Microsoft.AspNetCore.App", framework);
        foreach (var assembly in new[] { "Testing", "MockServer", "Fake", "Spec", "Store", "Pact" })
        {
            Assert.Contains($"Rememberizer.Contract.{assembly}.dll", carried);
        }

        // Every package a carried project references, except the build-time generator and what the shared framework has.
        var used = new[] { "MockServer", "Fake", "Spec", "Store", "Pact" }
            .SelectMany(project => XDocument.Load(Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "src", project), "*.csproj").Single())
                .Descendants("PackageReference")
                .Where(reference => (string?)reference.Attribute("PrivateAssets") != "all")
                .Select(reference => (string)reference.Attribute("Include")!))
            .Where(id => !id.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal))
            .Distinct();
        Assert.All(used, id => Assert.Contains(id, declared));
        Assert.DoesNotContain(declared, id => id.StartsWith("Rememberizer.", StringComparison.Ordinal));
    }
}
