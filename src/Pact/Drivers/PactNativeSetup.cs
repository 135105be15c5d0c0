using Rememberizer.Contract.Pact.Interop;

namespace Rememberizer.Contract.Pact;

/// <summary>
/// pact_ffi's process-wide set-up, done once before its first use: the logger (one per process, so the first
/// caller's level wins for the whole run) and rustls's crypto provider.
/// </summary>
internal static class PactNativeSetup
{
    private static readonly Lock _gate = new();
    private static bool _initialised;

    public static void EnsureInitialised(PactLogLevel level)
    {
        NativeLibraryResolver.EnsureRegistered();
        lock (_gate)
        {
            if (_initialised)
            {
                return;
            }

            // The buffer sink, because the verifier only returns its logs when that sink is set.
            // -1 means a logger was applied already (by another binding in this process): keep it.
            _ = NativeMethods.Log.LogToBuffer((NativeMethods.LevelFilter)level);

            // pact_ffi installs the crypto provider only here (or when the verifier first builds its client for the
            // provider, which is after it loads --pact-url sources): without it, loading a pact from a URL panics.
            // The call also tries to install a second logger, and says on stderr that it cannot: that line is muted.
            QuietStandardError.Run(() => NativeMethods.Log.Init(null));
            _initialised = true;
        }
    }
}
