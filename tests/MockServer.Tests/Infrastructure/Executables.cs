namespace Rememberizer.Contract.MockServer.Tests.Infrastructure;

/// <summary>Programs the tests start, found as a shell finds them: on the PATH, then in the folders given.</summary>
public static class Executables
{
    public static string? Find(string name, params string[] alsoIn) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(alsoIn)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
