namespace Rememberizer.Contract.Pact.Interop;

/// <summary>
/// Raw pact_ffi 0.5.8 entry points, grouped by area in NativeMethods.*.cs.
/// Native strings come back as <see cref="IntPtr"/>; <see cref="NativeText"/> decides who frees them.
/// </summary>
internal static partial class NativeMethods
{
    internal const string Library = "pact_ffi";
}
