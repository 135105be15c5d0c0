namespace Rememberizer.Contract.Testing;

/// <summary>How <see cref="RememberizerMock.StartAsync"/> starts the mock; every property may be left out.</summary>
public sealed class RememberizerMockOptions
{
    /// <summary>Seed of the generated data, API keys included (<c>--seed</c>); the command's default when null.</summary>
    public int? Seed { get; init; }

    /// <summary>Where state lives (<c>--state</c>): <c>memory</c> (the default), <c>sqlite:PATH</c> or <c>redis://HOST:PORT</c>.</summary>
    public string? State { get; init; }

    /// <summary>A fixture file (YAML or JSON) whose users, documents and keys the mock starts with (<c>--fixtures</c>).</summary>
    public string? Fixtures { get; init; }

    /// <summary>One of the fixture file's scenarios to start with instead of its top level (<c>--scenario</c>).</summary>
    public string? Scenario { get; init; }

    /// <summary>
    /// Any other setting, as the command takes it: <c>--Section:Key=value</c>, e.g.
    /// <c>--Auth:RequireVerifiedEmail=false</c>. The address and the control API are the mock's own and cannot be
    /// changed here.
    /// </summary>
    public IReadOnlyList<string> Settings { get; init; } = [];

    internal IEnumerable<string> ToSettings()
    {
        // No appsettings.json is read in a test's process; these are the command's own logging settings: a test's
        // output is the test runner's, so only warnings and worse.
        yield return "--Logging:LogLevel:Default=Warning";
        yield return "--Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=None";
        yield return "--Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host=Critical";
        if (Seed is { } seed)
        {
            yield return $"--MockServer:Seed={seed}";
        }

        if (State is { } state)
        {
            yield return $"--State:Store={state}";
        }

        if (Fixtures is { } fixtures)
        {
            yield return $"--Fixtures:File={Path.GetFullPath(fixtures)}";
        }

        if (Scenario is { } scenario)
        {
            yield return $"--Fixtures:Scenario={scenario}";
        }

        foreach (var setting in Settings)
        {
            yield return setting;
        }
    }
}
