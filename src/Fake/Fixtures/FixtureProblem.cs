namespace Rememberizer.Contract.Fake.Fixtures;

/// <summary>What is wrong with a fixture file, and where: a JSON Pointer into the file ("" for the file as a whole).</summary>
public sealed record FixtureProblem(string Pointer, string Message)
{
    /// <summary>One line, as the command line prints it: <c>/users/0/email: This field is required.</c></summary>
    public override string ToString() => Pointer.Length == 0 ? Message : $"{Pointer}: {Message}";
}

/// <summary>A fixture file that cannot be loaded; nothing was changed.</summary>
public sealed class FixtureRejectedException(IReadOnlyList<FixtureProblem> problems)
    : Exception(problems.Count > 0 ? problems[0].ToString() : "The fixture file was refused.")
{
    public IReadOnlyList<FixtureProblem> Problems { get; } = problems;
}

/// <summary>Builds JSON Pointers (RFC 6901): <c>~</c> and <c>/</c> in a name are escaped.</summary>
public static class JsonPointer
{
    public static string Append(string pointer, string name) =>
        $"{pointer}/{name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";

    public static string Append(string pointer, int index) => $"{pointer}/{index}";
}
