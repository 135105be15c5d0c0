using Rememberizer.Contract.Pact.Interop;
using Rememberizer.Contract.Pact.Tests.Ffi;

namespace Rememberizer.Contract.Pact.Tests.Builders;

/// <summary>Where the Pact core library is looked for, on a scratch tree (no library is loaded).</summary>
public sealed class NativeLibraryLocationTests : IDisposable
{
    private readonly TempDirectory _root = new();

    [Fact]
    public void AnExplicitPathWinsAndIsNeverReplacedByAnotherCopy()
    {
        var program = Directory.CreateDirectory(_root.Combine("program")).FullName;
        File.WriteAllText(Path.Combine(program, PactNativeLibrary.FileName), "");

        var missing = PactNativeLibrary.Locate(_root.Combine("nowhere.so"), _root.Path, program);

        Assert.False(missing.Found);
        Assert.Contains(PactNativeLibrary.PathVariable, missing.MissingMessage);
        Assert.Contains("nowhere.so", missing.MissingMessage);
    }

    [Fact]
    public void TheCopyBesideTheProgramComesBeforeNodeModules()
    {
        var program = Directory.CreateDirectory(_root.Combine("program")).FullName;
        var beside = Path.Combine(program, PactNativeLibrary.FileName);
        File.WriteAllText(beside, "");
        NpmCopy(_root.Path);

        Assert.Equal(beside, PactNativeLibrary.Locate(null, _root.Path, program).Path);
    }

    [Fact]
    public void ThePlatformsNativeFolderOfTheProgramComesBeforeNodeModules()
    {
        var program = Directory.CreateDirectory(_root.Combine("program")).FullName;
        var native = Directory.CreateDirectory(Path.Combine(program, "runtimes", PactNativeLibrary.RuntimeIdentifier(), "native")).FullName;
        var carried = Path.Combine(native, PactNativeLibrary.FileName);
        File.WriteAllText(carried, "");
        Directory.CreateDirectory(Path.Combine(program, "runtimes", "some-other-rid", "native"));
        NpmCopy(_root.Path);

        Assert.Equal(carried, PactNativeLibrary.Locate(null, _root.Path, program).Path);
    }

    [Fact]
    public void TheNativeFolderIsNamedByThePortableRuntimeIdentifier()
    {
        var expected = $"{(OperatingSystem.IsMacOS() ? "osx" : OperatingSystem.IsWindows() ? "win" : "linux")}-" +
            System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();

        Assert.Equal(expected, PactNativeLibrary.RuntimeIdentifier());
    }

    [Fact]
    public void NodeModulesAboveTheCurrentDirectoryAreSearched()
    {
        var expected = NpmCopy(_root.Path);
        var deep = Directory.CreateDirectory(_root.Combine("app/src/tests")).FullName;

        var location = PactNativeLibrary.Locate(null, deep, Directory.CreateDirectory(_root.Combine("program")).FullName);

        Assert.Equal(expected, location.Path);
    }

    [Fact]
    public void NothingFoundListsEveryPlaceAndHowToInstallIt()
    {
        var location = PactNativeLibrary.Locate(null, _root.Path, Directory.CreateDirectory(_root.Combine("program")).FullName);

        Assert.False(location.Found);
        Assert.Contains("@pact-foundation/pact-core", location.MissingMessage);
        Assert.Contains(_root.Combine("program"), location.MissingMessage);
        Assert.Contains("node_modules", location.MissingMessage);
    }

    public void Dispose() => _root.Dispose();

    private string NpmCopy(string projectRoot)
    {
        var platform = $"{(OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsWindows() ? "win32" : "linux")}-" +
            System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        var dir = Directory.CreateDirectory(Path.Combine(projectRoot, "node_modules", "@pact-foundation", "pact-core-test-glibc", "prebuilds", platform)).FullName;
        var file = Path.Combine(dir, PactNativeLibrary.FileName);
        File.WriteAllText(file, "");
        return file;
    }
}
