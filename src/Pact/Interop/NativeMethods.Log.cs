using System.Runtime.InteropServices;

namespace Rememberizer.Contract.Pact.Interop;

internal static partial class NativeMethods
{
    internal static partial class Log
    {
        // Static string owned by the library: never freed.
        [LibraryImport(Library, EntryPoint = "pactffi_version")]
        internal static partial IntPtr Version();

        // 0 on success; -1 once a logger is already applied (once per process).
        [LibraryImport(Library, EntryPoint = "pactffi_log_to_buffer")]
        internal static partial int LogToBuffer(LevelFilter level);

        // Installs a tracing subscriber (refused, with a line on stderr, once one is applied) and, when none is set
        // yet, rustls's process-wide crypto provider, without which pact_ffi's blocking HTTP client panics.
        [LibraryImport(Library, EntryPoint = "pactffi_init", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void Init(string? logEnvironmentVariable);

        [LibraryImport(Library, EntryPoint = "pactffi_string_delete")]
        internal static partial void StringDelete(IntPtr text);
    }

    internal enum LevelFilter
    {
        Off = 0,
        Error = 1,
        Warn = 2,
        Info = 3,
        Debug = 4,
        Trace = 5,
    }
}
