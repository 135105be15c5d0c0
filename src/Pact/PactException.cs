namespace Rememberizer.Contract.Pact;

/// <summary>
/// A Pact operation failed. Every native return code is turned into a sentence here, in one place.
/// </summary>
public class PactException : Exception
{
    public PactException(string message)
        : base(message)
    {
    }

    public PactException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal static PactException MockServerStart(int code, string address) => new(code switch
    {
        -1 => "The mock server could not start: the pact handle is not valid (already freed?).",
        -2 => "The mock server could not start: its transport configuration is not valid JSON.",
        -3 => $"The mock server could not start on {address} (address in use or not bindable).",
        -4 => "The mock server could not start: pact_ffi panicked while starting it.",
        -5 => $"The mock server could not start: '{address}' is not a valid socket address.",
        _ => $"The mock server could not start: pact_ffi returned {code}.",
    });

    internal static PactException WritePact(int code, string directory) => new(code switch
    {
        1 => $"Writing the pact file to '{directory}' failed: pact_ffi panicked.",
        2 => $"Writing the pact file to '{directory}' failed: the file could not be written.",
        3 => $"Writing the pact file to '{directory}' failed: no mock server is running on that port.",
        _ => $"Writing the pact file to '{directory}' failed: pact_ffi returned {code}.",
    });

    internal static PactException WritePactOfHandle(int code, string directory) => new(code switch
    {
        1 => $"Writing the pact file to '{directory}' failed: pact_ffi panicked.",
        2 => $"Writing the pact file to '{directory}' failed: the file could not be written.",
        3 => $"Writing the pact file to '{directory}' failed: the pact handle is not valid (already freed?).",
        _ => $"Writing the pact file to '{directory}' failed: pact_ffi returned {code}.",
    });

    internal static PactException GivenWithParams(int code, string state) => new(code switch
    {
        1 => $"Provider state '{state}' was rejected: the interaction can no longer be changed (its mock server has started).",
        2 => $"Provider state '{state}' was rejected: its parameters are not valid JSON.",
        3 => $"Provider state '{state}' was rejected: the state name or parameters are not valid UTF-8 text.",
        _ => $"Provider state '{state}' was rejected: pact_ffi returned {code}.",
    });

    internal static PactException Rejected(string call, string subject) =>
        new($"pact_ffi rejected {call} for {subject}: the interaction can no longer be changed (its mock server has started) or the value is not valid.");

    internal static PactException VerifierOption(string call, int code) =>
        new($"The verifier rejected {call}: pact_ffi returned {code} (the verifier handle is not valid).");

    internal static PactException BrokerSource(int code, Uri broker) => new(code switch
    {
        -1 => $"The Pact Broker source {broker} was rejected: a consumer version selector is not valid JSON.",
        -2 => $"The Pact Broker source {broker} was rejected: pact_ffi panicked while reading it.",
        _ => $"The Pact Broker source {broker} was rejected: pact_ffi returned {code}.",
    });

    internal static PactException VerifierCreate(string provider) =>
        new($"pact_ffi could not create a verifier for provider '{provider}'.");

    internal static string VerifierExecute(int code) => code switch
    {
        0 => "Every interaction passed verification.",
        1 => "Verification failed: at least one interaction did not match (see the output).",
        _ => $"Verification could not run: pact_ffi returned {code} (bad arguments or an internal error; see the logs).",
    };
}
