namespace Rememberizer.Contract.MockServer.Tests.Infrastructure;

/// <summary>Paths in the repository the tests run from, found from the test binaries' location.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration these tests were built in, so the mock run beside them is the same build.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    public static string MockServerAssembly { get; } =
        Path.Combine(Root, "src", "MockServer", "bin", Configuration, "net10.0", "Rememberizer.Contract.MockServer.dll");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Rememberizer.Contract.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Rememberizer.Contract.sln) was not found above the test binaries.");
    }
}
