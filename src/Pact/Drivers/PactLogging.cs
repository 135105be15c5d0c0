using Rememberizer.Contract.Pact.Interop;

namespace Rememberizer.Contract.Pact.Drivers;

/// <summary>
/// pact_ffi accepts one logger per process, so the first caller's level wins for the whole run.
/// The buffer sink is used because the verifier only returns its logs when that sink is set.
/// </summary>
internal static class PactLogging
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

            // -1 means a logger was applied already (by another binding in this process): keep it.
            _ = NativeMethods.Log.LogToBuffer((NativeMethods.LevelFilter)level);
            _initialised = true;
        }
    }

    /// <summary>The process-wide log buffer; it grows for the life of the process.</summary>
    public static string Global() => NativeText.CopyAndFree(NativeMethods.Log.FetchLogBuffer(null)) ?? string.Empty;
}
