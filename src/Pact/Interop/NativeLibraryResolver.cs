using System.Runtime.InteropServices;

namespace Rememberizer.Contract.Pact.Interop;

/// <summary>
/// Points this assembly's <c>pact_ffi</c> imports at the library <see cref="PactNativeLibrary"/> finds, so a
/// single-file or globally installed program can use the copy npm installed. Registered before the first native call.
/// </summary>
internal static class NativeLibraryResolver
{
    private static readonly Lazy<bool> Registered = new(Register);

    public static void EnsureRegistered() => _ = Registered.Value;

    private static bool Register()
    {
        NativeLibrary.SetDllImportResolver(typeof(NativeLibraryResolver).Assembly, (name, _, _) =>
            name == NativeMethods.Library && PactNativeLibrary.Locate().Path is { } path
                ? NativeLibrary.Load(path)
                : IntPtr.Zero); // the runtime's own probing, which ends in DllNotFoundException
        return true;
    }
}
