namespace Rememberizer.Contract.MockServer.Tests.Install;

/// <summary>The test classes that share one build and install of the npm packages (<see cref="NpmPackageInstall"/>).</summary>
[CollectionDefinition(Name)]
public sealed class NpmPackages : ICollectionFixture<NpmPackageInstall>
{
    public const string Name = "npm packages";
}
