using Rememberizer.Contract.Pact.Interop;

namespace Rememberizer.Contract.Pact;

internal sealed class NativeConsumerDriver : IConsumerDriver
{
    public static NativeConsumerDriver Instance { get; } = new();

    public IPactSession NewPact(string consumer, string provider, PactLogLevel logLevel)
    {
        PactNativeSetup.EnsureInitialised(logLevel);
        var pact = new NativePact(NativeMethods.Interaction.NewPact(consumer, provider));
        if (!NativeMethods.Interaction.WithSpecification(pact.Handle, NativeMethods.PactSpecification.V4))
        {
            pact.Dispose();
            throw new PactException($"pact_ffi refused to set specification V4 on the pact between '{consumer}' and '{provider}'.");
        }

        return pact;
    }
}
