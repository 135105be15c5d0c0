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

        // A username selects basic authentication (password optional); otherwise a token selects bearer. NULL = none.
        [LibraryImport(Library, EntryPoint = "pactffi_verifier_url_source", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void UrlSource(VerifierHandle handle, string url, string? username, string? password, string? token);

        // Each selector is one JSON object. Returns 0, -1 when a selector is not valid JSON, -2 on a panic.
        // A NULL branch sends none; the date is YYYY-MM-DD or NULL. Arrays are const char* const* with a u16 length.
        [LibraryImport(Library, EntryPoint = "pactffi_verifier_broker_source_with_selectors", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int BrokerSourceWithSelectors(
            VerifierHandle handle,
            string url,
            string? username,
            string? password,
            string? token,
            byte enablePending,
            string? includeWipPactsSince,
            string[] providerTags,
            ushort providerTagsLength,
            string? providerBranch,
            string[] consumerVersionSelectors,
            ushort consumerVersionSelectorsLength,
            string[] consumerVersionTags,
            ushort consumerVersionTagsLength);

        // Results are published (for broker sources only) once this is set. build_url, tags and branch may be NULL.
        [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_publish_options", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int SetPublishOptions(
            VerifierHandle handle,
            string providerVersion,
            string? buildUrl,
            string[] providerTags,
            ushort providerTagsLength,
            string? providerBranch);

        [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_consumer_filters", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void SetConsumerFilters(VerifierHandle handle, string[] consumers, ushort consumersLength);

        [LibraryImport(Library, EntryPoint = "pactffi_verifier_set_no_pacts_is_error")]
        internal static partial int SetNoPactsIsError(VerifierHandle handle, byte isError);

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
