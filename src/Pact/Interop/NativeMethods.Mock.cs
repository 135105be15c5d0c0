using System.Runtime.InteropServices;

namespace Rememberizer.Contract.Pact.Interop;

internal static partial class NativeMethods
{
    internal static partial class Mock
    {
        // Returns the bound port (port 0 lets the OS pick), or -1..-5 on failure (see PactException).
        [LibraryImport(Library, EntryPoint = "pactffi_create_mock_server_for_transport", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int CreateForTransport(ushort pact, string address, ushort port, string transport, string? transportConfig);

        [LibraryImport(Library, EntryPoint = "pactffi_mock_server_matched")]
        [return: MarshalAs(UnmanagedType.U1)]
        internal static partial bool Matched(int port);

        // Owned by the mock server: copy, never free, and read it before cleanup (NULL afterwards).
        [LibraryImport(Library, EntryPoint = "pactffi_mock_server_mismatches")]
        internal static partial IntPtr Mismatches(int port);

        // Owned by the mock server: copy, never free.
        [LibraryImport(Library, EntryPoint = "pactffi_mock_server_logs")]
        internal static partial IntPtr Logs(int port);

        // 0 ok, 1 panic, 2 write failed, 3 no such mock server. Returns 0 even after mismatches.
        [LibraryImport(Library, EntryPoint = "pactffi_write_pact_file", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int WritePactFile(int port, string directory, [MarshalAs(UnmanagedType.U1)] bool overwrite);

        [LibraryImport(Library, EntryPoint = "pactffi_cleanup_mock_server")]
        [return: MarshalAs(UnmanagedType.U1)]
        internal static partial bool Cleanup(int port);
    }
}
