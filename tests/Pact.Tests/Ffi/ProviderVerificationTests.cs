namespace Rememberizer.Contract.Pact.Tests.Ffi;

/// <summary>The pact_ffi verifier replaying a freshly written pact against a real Kestrel provider.</summary>
[Collection(FfiVerifiers.Collection)]
public sealed class ProviderVerificationTests : IDisposable
{
    private readonly TempDirectory _pacts = new();

    [Fact]
    public async Task HonestProviderPassesTheWrittenPact()
    {
        var ct = TestContext.Current.CancellationToken;
        var file = await SamplePact.WriteAsync(_pacts.Path, ct);
        await using var provider = await TinyProvider.StartAsync(ProviderMode.Honest, ct);

        var result = await Task.Run(() => Verify(provider, v => v.WithFileSource(file)), ct);

        result.EnsureSuccess();
        Assert.Contains(SamplePact.ProfileRead, result.Output);
        Assert.Contains("\"result\":true", result.Json.Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Contains("Running provider verification", result.Logs);
        Assert.Contains(provider.StateCalls, call =>
            call.GetProperty("state").GetString() == SamplePact.UserExists
            && call.GetProperty("params").GetProperty("password").GetString() == SamplePact.Password);
    }

    [Fact]
    public async Task ProviderThatBreaksTheContractFailsNamingTheInteraction()
    {
        var ct = TestContext.Current.CancellationToken;
        var file = await SamplePact.WriteAsync(_pacts.Path, ct);
        await using var provider = await TinyProvider.StartAsync(ProviderMode.BreaksWrongPassword, ct);

        var result = await Task.Run(() => Verify(provider, v => v.WithFileSource(file)), ct);

        Assert.False(result.Success);
        Assert.Equal(1, result.ExitCode);
        var error = Assert.Throws<PactVerificationException>(() => result.EnsureSuccess());
        Assert.Contains(SamplePact.WrongPassword, error.Message);
        Assert.Contains("401", error.Message);
        Assert.DoesNotContain("\u001b[", result.Output);
    }

    [Fact]
    public async Task CustomHeaderReachesTheProvider()
    {
        var ct = TestContext.Current.CancellationToken;
        await SamplePact.WriteAsync(_pacts.Path, ct);
        await using var provider = await TinyProvider.StartAsync(ProviderMode.Honest, ct);

        var result = await Task.Run(
            () => Verify(provider, v => v.WithDirectorySource(_pacts.Path).WithCustomHeader("X-Contract-Run", "run-42")),
            ct);

        result.EnsureSuccess();
        Assert.NotEmpty(provider.RunHeaders);
        Assert.All(provider.RunHeaders, value => Assert.Equal("run-42", value));
    }

    [Fact]
    public async Task FilterLeavesOutInteractionsItDoesNotMatch()
    {
        var ct = TestContext.Current.CancellationToken;
        var file = await SamplePact.WriteAsync(_pacts.Path, ct);
        await using var provider = await TinyProvider.StartAsync(ProviderMode.BreaksWrongPassword, ct);

        var result = await Task.Run(() => Verify(provider, v => v.WithFileSource(file).WithFilter(description: "right password")), ct);

        result.EnsureSuccess();
        Assert.Contains(SamplePact.RightPassword, result.Output);
        Assert.DoesNotContain(SamplePact.WrongPassword, result.Output);
    }

    [Fact]
    public async Task RequestTimeoutFailsAProviderThatNeverAnswers()
    {
        var ct = TestContext.Current.CancellationToken;
        var file = await SamplePact.WriteAsync(_pacts.Path, ct);
        await using var provider = await TinyProvider.StartAsync(ProviderMode.HangsOnProfile, ct);

        var result = await Task.Run(
            () => Verify(provider, v => v.WithFileSource(file).WithFilter(description: "profile").WithRequestTimeout(TimeSpan.FromMilliseconds(300))),
            ct);

        Assert.False(result.Success);
        Assert.Contains(SamplePact.ProfileRead, result.Output);
    }

    public void Dispose() => _pacts.Dispose();

    private static VerificationResult Verify(TinyProvider provider, Func<PactVerifier, PactVerifier> sources)
    {
        using var verifier = new PactVerifier(SamplePact.Provider, "1.0.0")
            .WithHttpEndpoint(provider.BaseUri)
            .WithProviderStateUrl(provider.StateUrl);
        return sources(verifier).Verify();
    }
}
