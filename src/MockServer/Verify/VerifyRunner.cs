using Rememberizer.Contract.Pact;
using Rememberizer.Contract.Pact.Interop;

namespace Rememberizer.Contract.MockServer.Verify;

/// <summary>The result of one <c>verify</c>: its exit code, the verifier's result when it ran, and the real-API selection.</summary>
public sealed record VerifyOutcome(int ExitCode, VerificationResult? Result = null, RealApiSelection? Selection = null);

/// <summary>
/// Runs <c>rememberizer-mock verify</c>: finds pact_ffi, starts the target (the mock in this process, or signs in
/// to a running API), replays the pacts, prints the verifier's report and a summary per interaction, and publishes
/// results when asked. Exit 0 when every interaction passed, 1 otherwise (or when verification could not run).
/// </summary>
public static class VerifyRunner
{
    public const int Passed = 0;
    public const int Failed = 1;

    /// <summary>
    /// Verifies as <paramref name="arguments"/> say, against a running API or the mock <paramref name="startMock"/>
    /// starts (the composition root knows how).
    /// </summary>
    public static async Task<VerifyOutcome> RunAsync(
        VerifyArguments arguments, Func<CancellationToken, Task<IVerificationTarget>> startMock, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var library = PactNativeLibrary.Locate();
        if (!library.Found)
        {
            return Fail(error, library.MissingMessage);
        }

        if (NativeVersionProblem(library.Path!) is { } problem)
        {
            return Fail(error, problem);
        }

        try
        {
            var selection = arguments.ProviderBaseUrl is null ? null : RealApiSelection.Of(await PactDocuments.ReadAsync(arguments, cancellationToken));
            if (selection is { Verifiable.Count: 0 })
            {
                return Fail(error, $"none of the pacts' interactions can be held to a running API: {NotVerifiable(selection)}");
            }

            await using IVerificationTarget target = arguments.ProviderBaseUrl is { } root
                ? await RealApiTarget.SignInAsync(root, arguments.Account!, selection!, cancellationToken)
                : await startMock(cancellationToken);
            output.WriteLine($"Verifying pacts for {arguments.ProviderName} against {target.Description} (pact_ffi {PactTools.NativeVersion}).");
            if (selection is not null)
            {
                output.WriteLine($"Not verified there: {NotVerifiable(selection)}");
            }

            // The verifier writes its report to the process's standard output itself: ours must be out before it.
            await output.FlushAsync(cancellationToken);
            var result = await Task.Run(() => Verify(arguments, target), cancellationToken);
            var verified = VerifyReport.Write(output, result.Json);
            await WriteJsonAsync(arguments.JsonReport, result.Json, output, cancellationToken);
            if (result.Success && verified == 0)
            {
                // Nothing verified is no evidence: a wrong --provider-name or --consumer, or an empty folder.
                Fail(error, $"no interaction was verified: the sources hold no pact whose provider is '{arguments.ProviderName}'" +
                    (arguments.Consumers.Count > 0 ? $" and whose consumer is {string.Join(" or ", arguments.Consumers)}." : "."));
                return new VerifyOutcome(Failed, result, selection);
            }

            return new VerifyOutcome(result.Success ? Passed : Failed, result, selection);
        }
        catch (Exception exception) when (exception is PactException or InvalidOperationException or InvalidDataException or IOException
            or HttpRequestException or UnauthorizedAccessException)
        {
            return Fail(error, exception.Message);
        }
    }

    private static VerificationResult Verify(VerifyArguments arguments, IVerificationTarget target)
    {
        using var verifier = new PactVerifier(arguments.ProviderName, arguments.ProviderVersion)
            .WithHttpEndpoint(target.ProviderRoot)
            .WithRequestTimeout(arguments.RequestTimeout);
        target.Prepare(verifier);
        foreach (var file in arguments.PactFiles)
        {
            verifier.WithFileSource(file);
        }

        foreach (var directory in arguments.PactDirectories)
        {
            verifier.WithDirectorySource(directory);
        }

        foreach (var url in arguments.PactUrls)
        {
            verifier.WithUrlSource(url, arguments.UrlAuth);
        }

        if (arguments.Broker is { } broker)
        {
            verifier.WithPactBrokerSource(broker);
        }

        if (arguments.Publish is { } publish)
        {
            verifier.WithPublishing(publish);
        }

        if (arguments.Consumers.Count > 0)
        {
            verifier.WithConsumerFilter(arguments.Consumers);
        }

        return verifier.WithNoPactsIsError(true).Verify();
    }

    // The imports are pact_ffi 0.5's; another line of the library may lack them or lay its handles out differently.
    private static string? NativeVersionProblem(string path)
    {
        string version;
        try
        {
            version = PactTools.NativeVersion;
        }
        catch (Exception exception) when (exception is DllNotFoundException or BadImageFormatException or EntryPointNotFoundException)
        {
            return $"{path} could not be loaded as the Pact core library: {exception.Message}";
        }

        return version.StartsWith("0.5.", StringComparison.Ordinal)
            ? null
            : $"{path} is pact_ffi {version}; verify needs pact_ffi 0.5 (npm @pact-foundation/pact-core 20.x).";
    }

    private static async Task WriteJsonAsync(string? path, string json, TextWriter output, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return;
        }

        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllTextAsync(full, json, cancellationToken);
        output.WriteLine($"JSON report: {full}");
    }

    private static string NotVerifiable(RealApiSelection selection) =>
        selection.NotVerifiable.Count == 0
            ? "nothing left out."
            : $"{string.Join("; ", selection.NotVerifiable)} (provider states an existing account cannot satisfy, no state, or a write).";

    private static VerifyOutcome Fail(TextWriter error, string message)
    {
        error.WriteLine($"rememberizer-mock verify: {message}");
        return new VerifyOutcome(Failed);
    }
}
