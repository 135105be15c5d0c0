using System.Runtime.InteropServices;

namespace Rememberizer.Contract.Pact.Interop;

/// <summary>The one place that decides who owns a string returned by pact_ffi.</summary>
internal static class NativeText
{
    /// <summary>For strings pact_ffi allocated for the caller: decode, then hand the memory back.</summary>
    public static string? CopyAndFree(IntPtr text)
    {
        if (text == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(text);
        }
        finally
        {
            NativeMethods.Log.StringDelete(text);
        }
    }

    /// <summary>For strings pact_ffi keeps (static text, mock-server buffers): decode only.</summary>
    public static string? Copy(IntPtr text) =>
        text == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(text);
}
