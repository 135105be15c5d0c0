using System.Text.Json;
using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.MockServer.Proxy;
using Rememberizer.Contract.MockServer.Proxy.Drift;
using Rememberizer.Contract.Pact;
using Rememberizer.Contract.Pact.Interop;

namespace Rememberizer.Contract.MockServer.Hosting;

/// <summary>
/// Runs <c>rememberizer-mock proxy</c> until it is stopped (Ctrl-C, SIGTERM), then writes the drift report when
/// asked. Exit 0, or 1 with <c>--fail-on-drift</c> when any drift was seen or the report could not be written.
/// </summary>
public static class ProxyRunner
{
    public const int Clean = 0;
    public const int DriftSeen = 1;

    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = WireJson.Encoder,
        WriteIndented = true,
    };

    /// <summary>
    /// Checks what must hold before anything starts; null when it does, else the one line that says why not. The
    /// recorder writes with pact_ffi, so <c>--record</c> needs it found.
    /// </summary>
    public static string? Precondition(ProxyArguments arguments)
    {
        if (arguments.RecordDirectory is not null && PactNativeLibrary.Locate() is { Found: false } library)
        {
            return $"--record writes pacts with the Pact core library: {library.MissingMessage}";
        }

        return null;
    }

    /// <summary>Runs <paramref name="app"/>, the mock composed with <paramref name="arguments"/>, until it is stopped.</summary>
    public static int Run(WebApplication app, ProxyArguments arguments, TextWriter error)
    {
        var report = app.Services.GetRequiredService<DriftReport>();
        app.Run(); // until Ctrl-C or SIGTERM; it disposes the app

        if (arguments.ReportFile is { } file && !TryWrite(file, report.Snapshot(), error))
        {
            return DriftSeen;
        }

        return arguments.FailOnDrift && report.Any ? DriftSeen : Clean;
    }

    public static string Serialize(DriftReportBody report) => JsonSerializer.Serialize(report, ReportJson);

    private static bool TryWrite(string file, DriftReportBody report, TextWriter error)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            File.WriteAllText(file, Serialize(report));
            return true;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"rememberizer-mock proxy: could not write the drift report to {file}: {failure.Message}");
            return false;
        }
    }
}
