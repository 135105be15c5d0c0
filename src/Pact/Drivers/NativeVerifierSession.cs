using System.Runtime.InteropServices;
using Rememberizer.Contract.Pact.Interop;

namespace Rememberizer.Contract.Pact.Drivers;

internal sealed class NativeVerifierSession(VerifierHandle handle) : IVerifierSession
{
    public void SetProviderInfo(string name, string scheme, string host, int port, string path) =>
        NativeMethods.Verifier.SetProviderInfo(handle, name, scheme, host, checked((ushort)port), path);

    public void AddFileSource(string file) => NativeMethods.Verifier.AddFileSource(handle, file);

    public void AddDirectorySource(string directory) => NativeMethods.Verifier.AddDirectorySource(handle, directory);

    public void SetProviderState(string url, bool teardown, bool body) =>
        NativeMethods.Verifier.SetProviderState(handle, url, Flag(teardown), Flag(body));

    public void AddCustomHeader(string name, string value) => NativeMethods.Verifier.AddCustomHeader(handle, name, value);

    public void SetFilter(string? description, string? state, bool noState) =>
        NativeMethods.Verifier.SetFilterInfo(handle, description, state, Flag(noState));

    public void SetRequestTimeout(TimeSpan timeout)
    {
        var code = NativeMethods.Verifier.SetVerificationOptions(handle, Flag(false), new CULong((nuint)timeout.TotalMilliseconds));
        if (code != 0)
        {
            throw PactException.VerifierOption("set_verification_options", code);
        }
    }

    public void SetColouredOutput(bool coloured)
    {
        var code = NativeMethods.Verifier.SetColouredOutput(handle, Flag(coloured));
        if (code != 0)
        {
            throw PactException.VerifierOption("set_coloured_output", code);
        }
    }

    public int Execute() => NativeMethods.Verifier.Execute(handle);

    public string Output() => NativeText.CopyAndFree(NativeMethods.Verifier.Output(handle, Flag(true))) ?? string.Empty;

    public string Json() => NativeText.CopyAndFree(NativeMethods.Verifier.Json(handle)) ?? string.Empty;

    public string Logs() => NativeText.CopyAndFree(NativeMethods.Verifier.Logs(handle)) ?? string.Empty;

    public void Dispose() => handle.Dispose();

    private static byte Flag(bool on) => on ? (byte)1 : (byte)0;
}
