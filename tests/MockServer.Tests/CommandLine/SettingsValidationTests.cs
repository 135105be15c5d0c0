using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Seed;
using Rememberizer.Contract.Fake.World;
using Rememberizer.Contract.MockServer.Hosting;
using Rememberizer.Contract.MockServer.Hosting.CommandLine;
using Rememberizer.Contract.MockServer.Tenants;
using Rememberizer.Contract.MockServer.Terminal;

namespace Rememberizer.Contract.MockServer.Tests.CommandLine;

/// <summary>
/// Settings reach the host and are checked where they are bound: no setting accepted and then ignored, and a refused
/// one told with its own reason in one line, exit code 2.
/// </summary>
public sealed class SettingsValidationTests
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    [Fact]
    public async Task DataSeedChangesTheDataAsSeedDoes()
    {
        var bySetting = await StartupKeyAsync("--Data:Seed=7");
        var byOption = await StartupKeyAsync("--MockServer:Seed=7");
        var byDefault = await StartupKeyAsync();

        Assert.Equal(byOption, bySetting);
        Assert.NotEqual(byDefault, bySetting);
    }

    [Theory]
    [InlineData("Data:Seed (7) and MockServer:Seed (--seed 9) name different seeds: give one.", "--Data:Seed=7", "--seed", "9")]
    [InlineData("Auth:PasswordHashIterations must be at least 1.", "--Auth:PasswordHashIterations=0")]
    [InlineData("Auth:AccessTokenLifetime must be at least one second.", "--Auth:AccessTokenLifetime=00:00:00")]
    public void AnInvalidSettingIsRefusedWithItsOwnReason(string reason, params string[] args)
    {
        var exit = MockCommandLine.Run([.. args, "--port", "0"], StartAndStop, _output, _error);

        Assert.Equal(MockCommandLine.UsageError, exit);
        var line = Assert.Single(_error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(reason, line, StringComparison.Ordinal);
    }

    private static void StartAndStop(string[] settings)
    {
        var app = MockServerHost.Build(settings, new TerminalOutput(TextWriter.Null, Colour: false));
        app.StartAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult();
        app.StopAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult();
    }

    private static async Task<(int Seed, string Key)> StartupKeyAsync(params string[] settings)
    {
        var app = MockServerHost.Build([.. settings, "--urls=http://127.0.0.1:0"], new TerminalOutput(TextWriter.Null, Colour: false));
        await using (app)
        {
            await app.StartAsync(TestContext.Current.CancellationToken);
            var key = app.Services.GetRequiredService<TenantRegistry>().Default.Services.GetRequiredService<StartupKeys>().Store!.ApiKey;
            var seed = app.Services.GetRequiredService<IOptions<DataOptions>>().Value.Seed;
            await app.StopAsync(TestContext.Current.CancellationToken);
            return (seed, key);
        }
    }
}
