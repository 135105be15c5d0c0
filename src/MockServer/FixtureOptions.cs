namespace Rememberizer.Contract.MockServer;

/// <summary>The fixture every tenant starts from (section <c>Fixtures</c>; <c>--fixtures FILE --scenario NAME</c>).</summary>
public sealed class FixtureOptions
{
    public const string Section = "Fixtures";

    /// <summary>A YAML or JSON fixture file; none: the seed's generated world.</summary>
    public string? File { get; set; }

    /// <summary>One of the file's scenarios; none: its top level.</summary>
    public string? Scenario { get; set; }
}
