using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Fixtures;

namespace Rememberizer.Contract.MockServer.Hosting;

/// <summary>
/// The start-up fixture file, read and checked once for the whole process (every tenant starts from it). A file
/// that cannot be read or loaded stops the start with one line naming the file and the problem's JSON Pointer.
/// </summary>
public sealed class StartupFixtureFile(IOptions<FixtureOptions> options)
{
    private readonly Lazy<FixtureSource?> _source = new(() => Read(options.Value));

    public FixtureSource? Source => _source.Value;

    private static FixtureSource? Read(FixtureOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.File))
        {
            return options.Scenario is null ? null : throw new StartupFixtureException("--scenario needs --fixtures FILE: a scenario is one of a file's.");
        }

        string text;
        try
        {
            text = File.ReadAllText(options.File);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            throw new StartupFixtureException($"fixtures {options.File}: {failure.Message}");
        }

        try
        {
            var source = FixtureSource.Read(text, options.Scenario);
            // Decided once here only to find what does not fit together before the mock listens.
            source.Decide(_ => "", DateTimeOffset.UnixEpoch);
            return source;
        }
        catch (FixtureRejectedException rejected)
        {
            var more = rejected.Problems.Count > 1 ? $" (and {rejected.Problems.Count - 1} more)" : "";
            throw new StartupFixtureException($"fixtures {options.File}: {rejected.Problems[0]}{more}");
        }
    }
}

/// <summary>The start-up fixture could not be read or loaded; the message is the one line the command prints.</summary>
public sealed class StartupFixtureException(string message) : Exception(message);
