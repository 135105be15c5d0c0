namespace Rememberizer.Contract.Tests.Pacts;

/// <summary>Where the consumer tests write their pact: <c>pacts/</c> at the repository root.</summary>
public static class PactFiles
{
    public const string Consumer = "rememberizer-web";
    public const string Provider = "rememberizer-api";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Directory { get; } = Path.Combine(RepositoryRoot, "pacts");

    public static string WebPact { get; } = Path.Combine(Directory, $"{Consumer}-{Provider}.json");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Rememberizer.Contract.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Rememberizer.Contract.sln above {AppContext.BaseDirectory}.");
    }
}
