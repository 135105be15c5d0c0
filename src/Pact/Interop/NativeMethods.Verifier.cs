using System.Runtime.InteropServices;

namespace Rememberizer.Contract.Pact.Interop;

internal static partial class NativeMethods
{
    // Boolean flags are unsigned char (non-zero = on). Option setters return 0 on success.
    internal static partial class Verifier
    {
        // NULL on error.
        [LibraryImport(Library, EntryPoint = "pactffi_verifier_new_for_application", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial VerifierHandle NewForApplication(string name, string version);

        [LibraryImport(Library, EntryPoint = "pactffi_verifier_shutdown")]
        internal static partial void Shutdown(IntPtr handle);

        [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_provider_info", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void SetProviderInfo(VerifierHandle handle, string name, string scheme, string host, ushort port, string path);

        [LibraryImport(Library, EntryPoint = "pactffi_verifier_add_file_source", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void AddFileSource(VerifierHandle handle, string file);

        [LibraryImport(Library, EntryPoint = "pactffi_verifier_add_directory_source", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void AddDirectorySource(VerifierHandle handle, string directory);

        [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_provider_state", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void SetProviderState(VerifierHandle handle, string url, byte teardown, byte body);

        [LibraryImport(Library, EntryPoint = "pactffi_verifier_add_custom_header", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void AddCustomHeader(VerifierHandle handle, string name, string value);

        // An empty description or state means "no filter"; a non-empty description is a regex.
        [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_filter_info", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void SetFilterInfo(VerifierHandle handle, string? description, string? state, byte noState);

        // request_timeout is unsigned long milliseconds.
        [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_verification_options")]
        internal static partial int SetVerificationOptions(VerifierHandle handle, byte disableSslVerification, CULong requestTimeoutMs);

        [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_coloured_output")]
        internal static partial int SetColouredOutput(VerifierHandle handle, byte coloured);

        // 0 when every interaction passed, 1 on failures, other non-zero values on errors.
        [LibraryImport(Library, EntryPoint = "pactffi_verifier_execute")]
        internal static partial int Execute(VerifierHandle handle);

        // The three report getters return caller-owned copies: free with Log.StringDelete.
        [LibraryImport(Library, EntryPoint = "pactffi_verifier_output")]
        internal static partial IntPtr Output(VerifierHandle handle, byte stripAnsi);

        [LibraryImport(Library, EntryPoint = "pactffi_verifier_json")]
        internal static partial IntPtr Json(VerifierHandle handle);

        [LibraryImport(Library, EntryPoint = "pactffi_verifier_logs")]
        internal static partial IntPtr Logs(VerifierHandle handle);
    }
}
