namespace Rememberizer.Contract.MockServer;

/// <summary>Settings of the mock as a whole, bound from the <c>MockServer</c> configuration section.</summary>
public sealed class MockServerOptions
{
    public const string Section = "MockServer";

    /// <summary>The port on localhost when <c>--urls</c> is not given; 0 picks a free port.</summary>
    public int Port { get; set; } = 4010;

    /// <summary>Serve the control API under <c>/_mock</c>.</summary>
    public bool ControlApiEnabled { get; set; } = true;

    /// <summary>Seed of the generated data: the same seed gives the same users' documents, dates and names.</summary>
    public int Seed { get; set; } = 20240101;

    /// <summary>Check every response against the contract and note violations in <c>/_mock/requests</c>.</summary>
    public bool CheckResponses { get; set; }

    /// <summary>Print only the start-up line and errors: no line per request or e-mail.</summary>
    public bool Quiet { get; set; }
}
