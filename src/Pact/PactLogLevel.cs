namespace Rememberizer.Contract.Pact;

/// <summary>How much pact_ffi logs into its in-memory buffer (attached to failures).</summary>
public enum PactLogLevel
{
    Off = 0,
    Error = 1,
    Warn = 2,
    Info = 3,
    Debug = 4,
    Trace = 5,
}
