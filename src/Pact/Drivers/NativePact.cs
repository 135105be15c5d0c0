using Rememberizer.Contract.Pact.Interop;

namespace Rememberizer.Contract.Pact;

/// <summary>Owns a pact_ffi PactHandle; freeing it also drops its interactions.</summary>
internal sealed class NativePact(ushort handle) : IPactSession
{
    private bool _disposed;

    public ushort Handle { get; } = handle;

    public IInteractionDriver NewInteraction(string description)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new NativeInteraction(NativeMethods.Interaction.NewInteraction(Handle, description), description);
    }

    public IMockServer StartMockServer(string host)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var port = NativeMethods.Mock.CreateForTransport(Handle, host, 0, "http", null);
        return port > 0 ? new NativeMockServer(port) : throw PactException.MockServerStart(port, host);
    }

    public void WritePact(string directory, bool overwrite)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var code = NativeMethods.Interaction.WritePactFile(Handle, directory, overwrite);
        if (code != 0)
        {
            throw PactException.WritePactOfHandle(code, directory);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _ = NativeMethods.Interaction.FreePactHandle(Handle);
    }
}
