using Rememberizer.Contract.MockServer.Hosting;
using Rememberizer.Contract.MockServer.Terminal;

namespace Rememberizer.Contract.MockServer.Tests.Testing;

/// <summary>
/// Hosted in a test's process, the mock reads no appsettings.json: the one beside the program is the test project's,
/// whose sections would configure the mock or fail its strict binding.
/// </summary>
public sealed class SettingsFilesTests
{
    [Fact]
    public async Task WithoutSettingsFilesTheAppsettingsJsonBesideTheProgramIsNotRead()
    {
        // The test binaries' folder holds the mock's appsettings.json, copied there with the project reference.
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json")));

        await using var reading = MockServerHost.Build([], Silent());
        await using var notReading = MockServerHost.Build(["--Data:WordsPerChunk=50"], Silent(), settingsFiles: false);

        Assert.Equal("100", reading.Configuration["Data:WordsPerChunk"]);
        Assert.Null(notReading.Configuration["Auth:FailingCaptcha"]);
        Assert.Equal("50", notReading.Configuration["Data:WordsPerChunk"]);
    }

    private static TerminalOutput Silent() => new(TextWriter.Null, Colour: false);
}
