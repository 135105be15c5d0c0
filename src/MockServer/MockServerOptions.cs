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

    /// <summary>
    /// Stop when standard input ends, so the mock ends with the program that started it with a pipe as its input,
    /// even when that program is killed (see <c>Hosting/StopWhenInputCloses</c>).
    /// </summary>
    public bool StopWhenInputCloses { get; set; }

    /// <summary>
    /// How long <c>Prefer: fault=timeout</c> holds a request whose client never gives up before answering 504, so a
    /// forgotten request does not tie up the mock for good. Longer than the usual client timeouts (30-100 s).
    /// </summary>
    public int FaultTimeoutSeconds { get; set; } = 120;

    public bool IsValid() => FaultTimeoutSeconds > 0;
}
