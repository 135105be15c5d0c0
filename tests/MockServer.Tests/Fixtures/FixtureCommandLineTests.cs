using Rememberizer.Contract.MockServer.Tests.Infrastructure;
using Rememberizer.Contract.MockServer.Tests.Install;

namespace Rememberizer.Contract.MockServer.Tests.Fixtures;

/// <summary>
/// <c>rememberizer-mock --fixtures FILE [--scenario NAME]</c> as a user runs it: the start-up line shows the file's
/// own store key, and a bad file or an unknown scenario ends the start in one line naming the pointer, exit code 2.
/// </summary>
public sealed class FixtureCommandLineTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    [Fact]
    public async Task AMockStartedWithAFixtureShowsTheFilesStoreKey()
    {
        await using var mock = MockProcess.Program("--port", "0", "--fixtures", FixtureClient.TeamFile);

        await mock.ListeningAsync();

        Assert.Contains("x-api-key vs_test_456", await mock.NextLineAsync(l => l.Contains("vector store", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("X-API-Key ck_test_123", await mock.NextLineAsync(l => l.Contains("knowledge ", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("users: [{ email: a@example.com, password: pw, mementos: [{ name: m, documents: [Nope.md] }] }]", null, "/users/0/mementos/0/documents/0: No document")]
    [InlineData("users: [{ email: a@example.com, password: pw, nmae: A }]", null, "/users/0/nmae: Unknown field.")]
    [InlineData("scenarios: { one: {} }", "two", "/scenarios: No scenario is named 'two'")]
    public async Task ABadFixtureEndsInOneLineNamingThePointerAndExitCode2(string fixture, string? scenario, string expected)
    {
        var file = _scratch.Combine("bad.yaml");
        await File.WriteAllTextAsync(file, fixture, TestContext.Current.CancellationToken);

        await using var mock = MockProcess.Program(["--port", "0", "--fixtures", file, .. scenario is null ? Array.Empty<string>() : ["--scenario", scenario]]);

        Assert.Equal(2, await mock.ExitCodeAsync());
        var line = Assert.Single(mock.Stderr);
        Assert.Contains($"fixtures {file}: {expected}", line, StringComparison.Ordinal);
    }

    public void Dispose() => _scratch.Dispose();
}
