using System.Runtime.Versioning;

namespace Rememberizer.Contract.Pact.Tests.Ffi;

/// <summary>The official pact CLI verifying the same pact against the same provider.</summary>
public sealed class CliVerificationTests : IDisposable
{
    private readonly TempDirectory _pacts = new();

    [Fact]
    [SupportedOSPlatform("linux")]
    public void CliShipsNextToTheTestsAndIsExecutable()
    {
        var mode = File.GetUnixFileMode(PactTools.CliPath);

        Assert.True(mode.HasFlag(UnixFileMode.UserExecute));
    }

    [Fact]
    public async Task CliVerifierPassesAgainstTheSameProvider()
    {
        var ct = TestContext.Current.CancellationToken;
        var file = await SamplePact.WriteAsync(_pacts.Path, ct);
        await using var provider = await TinyProvider.StartAsync(ProviderMode.Honest, ct);

        var result = await PactCli.VerifyAsync(file, provider.BaseUri, SamplePact.Provider, provider.StateUrl, cancellationToken: ct);

        Assert.True(result.Success, result.ToString());
        Assert.Contains(SamplePact.RightPassword, result.Output);
        Assert.Contains("\"result\":true", result.Json.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CliVerifierFailsAgainstABrokenProvider()
    {
        var ct = TestContext.Current.CancellationToken;
        var file = await SamplePact.WriteAsync(_pacts.Path, ct);
        await using var provider = await TinyProvider.StartAsync(ProviderMode.BreaksWrongPassword, ct);

        var result = await PactCli.VerifyAsync(file, provider.BaseUri, SamplePact.Provider, provider.StateUrl, cancellationToken: ct);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(SamplePact.WrongPassword, result.Output);
        Assert.Contains("expected 401 but was 403", result.Output);
        Assert.DoesNotContain("\u001b[", result.Output);
        Assert.Throws<PactVerificationException>(() => result.EnsureSuccess());
    }

    public void Dispose() => _pacts.Dispose();
}
