using Rememberizer.Contract.Pact.Interop;

namespace Rememberizer.Contract.Pact;

/// <summary>A running mock server, keyed by its port; disposing shuts it down.</summary>
internal sealed class NativeMockServer(int port) : IMockServer
{
    private bool _disposed;

    public int Port { get; } = port;

    public bool Matched() => NativeMethods.Mock.Matched(Port);

    public string Mismatches() => NativeText.Copy(NativeMethods.Mock.Mismatches(Port)) ?? "[]";

    public string Logs() => NativeText.Copy(NativeMethods.Mock.Logs(Port)) ?? string.Empty;

    public void WritePact(string directory, bool overwrite)
    {
        var code = NativeMethods.Mock.WritePactFile(Port, directory, overwrite);
        if (code != 0)
        {
            throw PactException.WritePact(code, directory);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _ = NativeMethods.Mock.Cleanup(Port);
    }
}
