using System.Text.Json;
using System.Text.Json.Nodes;
using Rememberizer.Contract.Tests.Pacts.Consumer;
using Rememberizer.Contract.Tests.Pacts.JavaScript;

namespace Rememberizer.Contract.Tests.Pacts.Verify;

/// <summary>
/// <c>rememberizer-mock verify</c> as a user runs it: the mock started in its process on a free port, the verifier's
/// report and a line per interaction, exit 0 only when everything passed, the JSON report on request.
/// </summary>
public sealed class VerifyCommandTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("verify-command-").FullName;

    [Fact]
    public async Task VerifyPactDirVerifiesTheCSharpAndThePactJsPacts()
    {
        await PactsDirectory.EnsureAllWrittenAsync();
        var json = Path.Combine(_scratch, "report.json");

        var run = await VerifyCommand.RunAsync(["--pact-dir", "pacts", "--json", json]);

        run.Succeeded();
        Assert.Contains($"{PactFiles.Consumer}:", run.Stdout);
        Assert.Contains($"{PactJsExample.Consumer}:", run.Stdout);
        Assert.Contains("  passed   a sign-up of a new account (pact-js)", run.Stdout);
        Assert.Contains("  passed   a request for the signed-in account\n", run.Stdout.ReplaceLineEndings("\n"));
        Assert.Matches(@"\d+ interactions verified: \d+ passed, 0 failed\.", run.Stdout);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken));
        Assert.True(report.RootElement.GetProperty("result").GetBoolean());
        Assert.Equal(
            WebPact.Scenarios.Count() + 5,
            report.RootElement.GetProperty("interactionResults").GetArrayLength());
    }

    [Fact]
    public async Task AFailingInteractionIsNamedWithItsMismatchAndExitsWith1()
    {
        var pact = JsonNode.Parse(await File.ReadAllTextAsync(await WebPact.EnsureWrittenAsync(), TestContext.Current.CancellationToken))!;
        var wrong = pact["interactions"]!.AsArray().Single(i => i!["description"]!.GetValue<string>() == "a sign-in with a wrong password")!;
        wrong["response"]!["status"] = 403;
        var file = Path.Combine(_scratch, "broken.json");
        await File.WriteAllTextAsync(file, pact.ToJsonString(), TestContext.Current.CancellationToken);

        var run = await VerifyCommand.RunAsync(["--pact-file", file, "--consumer", PactFiles.Consumer]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("  FAILED   a sign-in with a wrong password", run.Stdout);
        Assert.Contains("StatusMismatch: expected 403 but was 401", run.Stdout);
        Assert.Contains("  passed   a sign-in with the right password", run.Stdout);
    }

    [Fact]
    public async Task AConsumerFilterThatMatchesNothingIsAFailureNotAPass()
    {
        var run = await VerifyCommand.RunAsync(["--pact-file", await WebPact.EnsureWrittenAsync(), "--consumer", "nobody"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no interaction was verified", run.Stderr);
        Assert.Contains("nobody", run.Stderr);
    }

    [Fact]
    public async Task AMissingPactLibraryIsToldInOneLineWithWhereItWasLookedFor()
    {
        var missing = Path.Combine(_scratch, "libpact_ffi.so");

        var run = await VerifyCommand.RunAsync(["--pact-file", await WebPact.EnsureWrittenAsync()], new Dictionary<string, string> { ["PACT_FFI_LIBRARY"] = missing });

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("rememberizer-mock verify: the Pact core library", line);
        Assert.Contains($"PACT_FFI_LIBRARY={missing}", line);
        Assert.Contains("npm install --save-dev @pact-foundation/pact-core", line);
        Assert.Empty(run.Stdout);
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);
}
