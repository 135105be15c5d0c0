using System.Runtime.InteropServices;

namespace Rememberizer.Contract.Pact.Interop;

/// <summary>
/// Runs a native call with the process's standard error (descriptor 2) pointed at <c>/dev/null</c>, for a library
/// that prints a line we know to be harmless and offer no way to turn off. Other threads' writes to standard error
/// during the call are lost too, so keep the call short. On Windows the call runs as it is.
/// </summary>
internal static partial class QuietStandardError
{
    private const int StandardError = 2;
    private const int WriteOnly = 1; // O_WRONLY on Linux and macOS

    public static void Run(Action call)
    {
        if (OperatingSystem.IsWindows())
        {
            call();
            return;
        }

        var saved = Dup(StandardError);
        var sink = Open("/dev/null", WriteOnly);
        try
        {
            var redirected = saved >= 0 && sink >= 0 && Dup2(sink, StandardError) >= 0;
            try
            {
                call();
            }
            finally
            {
                if (redirected)
                {
                    _ = Dup2(saved, StandardError);
                }
            }
        }
        finally
        {
            Close(sink);
            Close(saved);
        }
    }

    private static void Close(int descriptor)
    {
        if (descriptor >= 0)
        {
            _ = CloseDescriptor(descriptor);
        }
    }

    [LibraryImport("libc", EntryPoint = "dup")]
    private static partial int Dup(int descriptor);

    [LibraryImport("libc", EntryPoint = "dup2")]
    private static partial int Dup2(int source, int target);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int CloseDescriptor(int descriptor);
}
