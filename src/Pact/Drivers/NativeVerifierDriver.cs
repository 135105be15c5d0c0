using Rememberizer.Contract.Pact.Interop;

namespace Rememberizer.Contract.Pact;

internal sealed class NativeVerifierDriver : IVerifierDriver
{
    public static NativeVerifierDriver Instance { get; } = new();

    public IVerifierSession Create(string application, string version, PactLogLevel logLevel)
    {
        // The buffer sink must exist before execute, or pactffi_verifier_logs returns nothing.
        PactNativeSetup.EnsureInitialised(logLevel);
        var handle = NativeMethods.Verifier.NewForApplication(application, version);
        if (handle.IsInvalid)
        {
            handle.Dispose();
            throw PactException.VerifierCreate(application);
        }

        return new NativeVerifierSession(handle);
    }
}
