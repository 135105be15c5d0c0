namespace Rememberizer.Contract.MockServer.Tests.Install;

/// <summary>A directory of its own under the system's temporary folder, removed with everything in it.</summary>
public sealed class ScratchDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("rememberizer-mock-install-").FullName;

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string Create(params string[] parts) => Directory.CreateDirectory(Combine(parts)).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process that outlived its test may still hold a file; the system's temporary folder is cleaned anyway.
        }
    }
}
