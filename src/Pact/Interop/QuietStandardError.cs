using System.Runtime.InteropServices;

namespace Rememberizer.Contract.Pact.Interop;

/// <summary>
/// Runs a native call with the process's standard error (descriptor 2) pointed at <c>/dev/null</c>, for a library
/// that prints a line we know to be harmless and offers no way to turn off. Other threads' writes to standard error
/// during the call are lost too, so keep the call short. Where muting cannot be set up (Windows, no libc), the call
/// runs as it is.
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

        // .NET opens its own copy of descriptor 2 on first use: made now, it is the real one, not /dev/null.
        _ = Console.Error;
        _ = Console.IsErrorRedirected;

        int saved, sink;
        try
        {
            saved = Dup(StandardError);
            sink = Open("/dev/null", WriteOnly | CloseOnExec);
        }
        catch (Exception failure) when (failure is DllNotFoundException or EntryPointNotFoundException)
        {
            call();
            return;
        }

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
                    Restore(saved);
                }
            }
        }
        finally
        {
            Close(sink);
            Close(saved);
        }
    }

    // O_CLOEXEC, so a process started meanwhile does not inherit the descriptor.
    private static int CloseOnExec => OperatingSystem.IsMacOS() ? 0x1000000 : 0x80000;

    private static void Restore(int saved)
    {
        // dup2 fails only when interrupted by a signal (or given a bad descriptor): try again.
        for (var attempt = 0; attempt < 10 && Dup2(saved, StandardError) < 0; attempt++)
        {
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

    // open is variadic; without O_CREAT its third argument (the mode) is never read, so two fixed ones are enough.
    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int CloseDescriptor(int descriptor);
}
