using Microsoft.Win32.SafeHandles;

namespace Rememberizer.Contract.Pact.Interop;

/// <summary>Owns a pact_ffi <c>VerifierHandle*</c>; released by <c>pactffi_verifier_shutdown</c>.</summary>
internal sealed class VerifierHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public VerifierHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        NativeMethods.Verifier.Shutdown(handle);
        return true;
    }
}
