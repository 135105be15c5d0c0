using System.Reflection;
using Rememberizer.Contract.Pact.Interop;

namespace Rememberizer.Contract.Pact;

/// <summary>Where the Pact tools shipped with this package live, and their versions.</summary>
public static class PactTools
{
    /// <summary>
    /// The <c>pact</c> CLI (verifier, mock and stub servers) that the build copies to
    /// <c>pact-cli/pact</c> in the output folder of every project referencing this one.
    /// </summary>
    public static string CliPath
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "pact-cli", "pact");
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException(
                    $"The pact CLI is not in '{Path.GetDirectoryName(path)}'. It is copied there when a project referencing Rememberizer.Contract.Pact is built.",
                    path);
        }
    }

    /// <summary>The version of the loaded pact_ffi library (expected 0.5.8).</summary>
    public static string NativeVersion
    {
        get
        {
            NativeLibraryResolver.EnsureRegistered();
            return NativeText.Copy(NativeMethods.Log.Version()) ?? "unknown";
        }
    }

    internal static string ApplicationName => "Rememberizer.Contract.Pact";

    internal static string ApplicationVersion { get; } =
        typeof(PactTools).Assembly.GetName().Version?.ToString() ?? "0.0.0";
}
