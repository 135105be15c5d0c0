using System.Runtime.InteropServices;

namespace Rememberizer.Contract.Pact.Interop;

/// <summary>
/// Where the Pact core library (pact_ffi) is found, in this order: the file named by <c>PACT_FFI_LIBRARY</c>; the
/// folder of the running program (builds of this repository copy it there), or its
/// <c>runtimes/&lt;rid&gt;/native/</c> folder (the .NET tool carries one per platform there, as NuGet lays native
/// assets out); then any <c>node_modules</c> folder
/// above the current directory or the program, where npm puts it for pact-js
/// (<c>@pact-foundation/pact-core-&lt;platform&gt;/prebuilds/&lt;platform&gt;/</c>).
/// </summary>
public static class PactNativeLibrary
{
    public const string PathVariable = "PACT_FFI_LIBRARY";

    /// <summary>The file name pact_ffi has on this operating system.</summary>
    public static string FileName { get; } =
        OperatingSystem.IsWindows() ? "pact_ffi.dll" : OperatingSystem.IsMacOS() ? "libpact_ffi.dylib" : "libpact_ffi.so";

    /// <summary>Finds the library without loading it; <see cref="PactNativeLocation.Searched"/> says where it looked.</summary>
    public static PactNativeLocation Locate() => Locate(Environment.GetEnvironmentVariable(PathVariable), Environment.CurrentDirectory, AppContext.BaseDirectory);

    internal static PactNativeLocation Locate(string? explicitPath, string currentDirectory, string programDirectory)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            // Named explicitly: never fall back to another copy behind the user's back.
            var full = Path.GetFullPath(explicitPath);
            return new(File.Exists(full) ? full : null, [$"{PathVariable}={full}"]);
        }

        var searched = new List<string>();
        var beside = Path.Combine(programDirectory, FileName);
        searched.Add(beside);
        if (File.Exists(beside))
        {
            return new(beside, searched);
        }

        var carried = Path.Combine(programDirectory, "runtimes", RuntimeIdentifier(), "native", FileName);
        searched.Add(carried);
        if (File.Exists(carried))
        {
            return new(carried, searched);
        }

        foreach (var start in new[] { currentDirectory, programDirectory }.Distinct())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var scope = Path.Combine(dir.FullName, "node_modules", "@pact-foundation");
                if (FromNpm(scope) is { } found)
                {
                    searched.Add(scope);
                    return new(found, searched);
                }
            }

            searched.Add(Path.Combine(start, "node_modules (and every parent folder's)"));
        }

        return new(null, searched);
    }

    // pact-core ships one package per platform, e.g. pact-core-linux-x64-glibc/prebuilds/linux-x64/libpact_ffi.so.
    private static string? FromNpm(string scope)
    {
        if (!Directory.Exists(scope))
        {
            return null;
        }

        var platform = $"{NodePlatform()}-{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";
        return Directory.EnumerateDirectories(scope, "pact-core-*")
            .OrderBy(package => package.Contains("musl", StringComparison.Ordinal)) // glibc first: no musl build of a caller is made
            .Select(package => Path.Combine(package, "prebuilds", platform, FileName))
            .FirstOrDefault(File.Exists);
    }

    // The portable RID (linux-x64, osx-arm64, win-x64), not RuntimeInformation.RuntimeIdentifier, which may name a
    // distribution the package has no folder for.
    internal static string RuntimeIdentifier() =>
        $"{(OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux")}-{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";

    private static string NodePlatform() =>
        OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux";
}

/// <summary>The library's path, or null when it was not found, and the places looked at, in order.</summary>
public sealed record PactNativeLocation(string? Path, IReadOnlyList<string> Searched)
{
    public bool Found => Path is not null;

    /// <summary>What to tell a user when the library is missing: where we looked and how to provide it.</summary>
    public string MissingMessage =>
        $"the Pact core library ({PactNativeLibrary.FileName}, pact_ffi 0.5) was not found. Looked in: {string.Join("; ", Searched)}. " +
        $"Install it with `npm install --save-dev @pact-foundation/pact-core` in your project (pact-js brings it too), " +
        $"or set {PactNativeLibrary.PathVariable} to the file.";
}
