using System.Runtime.InteropServices;

namespace Rememberizer.Contract.Pact.Interop;

internal static partial class NativeMethods
{
    // PactHandle is a u16 and InteractionHandle a u32 (repr(transparent)) in pact_ffi 0.5.x.
    // Every bool here is false when the interaction can no longer be changed (its mock server runs).
    internal static partial class Interaction
    {
        [LibraryImport(Library, EntryPoint = "pactffi_new_pact", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial ushort NewPact(string consumer, string provider);

        [LibraryImport(Library, EntryPoint = "pactffi_with_specification")]
        [return: MarshalAs(UnmanagedType.U1)]
        internal static partial bool WithSpecification(ushort pact, PactSpecification specification);

        // 0 when freed, 1 when the handle was unknown.
        [LibraryImport(Library, EntryPoint = "pactffi_free_pact_handle")]
        internal static partial uint FreePactHandle(ushort pact);

        // 0 ok, 1 panic, 2 the file could not be written, 3 the handle was unknown. Needs no mock server.
        [LibraryImport(Library, EntryPoint = "pactffi_pact_handle_write_file", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int WritePactFile(ushort pact, string directory, [MarshalAs(UnmanagedType.U1)] bool overwrite);

        [LibraryImport(Library, EntryPoint = "pactffi_new_interaction", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial uint NewInteraction(ushort pact, string description);

        [LibraryImport(Library, EntryPoint = "pactffi_given", StringMarshalling = StringMarshalling.Utf8)]
        [return: MarshalAs(UnmanagedType.U1)]
        internal static partial bool Given(uint interaction, string state);

        // 0 ok, 1 interaction locked, 2 params not valid JSON, 3 invalid C strings.
        [LibraryImport(Library, EntryPoint = "pactffi_given_with_params", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int GivenWithParams(uint interaction, string state, string paramsJson);

        [LibraryImport(Library, EntryPoint = "pactffi_with_request", StringMarshalling = StringMarshalling.Utf8)]
        [return: MarshalAs(UnmanagedType.U1)]
        internal static partial bool WithRequest(uint interaction, string method, string path);

        [LibraryImport(Library, EntryPoint = "pactffi_with_query_parameter_v2", StringMarshalling = StringMarshalling.Utf8)]
        [return: MarshalAs(UnmanagedType.U1)]
        internal static partial bool WithQueryParameter(uint interaction, string name, nuint index, string value);

        [LibraryImport(Library, EntryPoint = "pactffi_with_header_v2", StringMarshalling = StringMarshalling.Utf8)]
        [return: MarshalAs(UnmanagedType.U1)]
        internal static partial bool WithHeader(uint interaction, InteractionPart part, string name, nuint index, string value);

        [LibraryImport(Library, EntryPoint = "pactffi_with_body", StringMarshalling = StringMarshalling.Utf8)]
        [return: MarshalAs(UnmanagedType.U1)]
        internal static partial bool WithBody(uint interaction, InteractionPart part, string contentType, string body);

        // Sets the body and the Content-Type header (when absent) and, for V3+, a contentType matcher on "$".
        [LibraryImport(Library, EntryPoint = "pactffi_with_binary_file", StringMarshalling = StringMarshalling.Utf8)]
        [return: MarshalAs(UnmanagedType.U1)]
        internal static partial bool WithBinaryFile(uint interaction, InteractionPart part, string contentType, byte[] body, nuint size);

        [LibraryImport(Library, EntryPoint = "pactffi_response_status")]
        [return: MarshalAs(UnmanagedType.U1)]
        internal static partial bool ResponseStatus(uint interaction, ushort status);
    }

    internal enum InteractionPart
    {
        Request = 0,
        Response = 1,
    }

    internal enum PactSpecification
    {
        Unknown = 0,
        V1 = 1,
        V1_1 = 2,
        V2 = 3,
        V3 = 4,
        V4 = 5,
    }
}
