using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Seed;

namespace Rememberizer.Contract.MockServer.Hosting;

/// <summary>
/// The data seed has two names: <c>--seed</c> (<c>MockServer:Seed</c>) and <c>Data:Seed</c>, the setting of the
/// domain's own options. Whichever is given decides the data; both given with different values is a mistake named at
/// start-up, never one silently overwritten by the other.
/// </summary>
public sealed class SeedSetting(IConfiguration configuration, IOptions<MockServerOptions> mock) : IConfigureOptions<DataOptions>, IValidateOptions<DataOptions>
{
    private static readonly string DataKey = $"{DataOptions.Section}:{nameof(DataOptions.Seed)}";
    private static readonly string MockKey = $"{MockServerOptions.Section}:{nameof(MockServerOptions.Seed)}";

    public void Configure(DataOptions options)
    {
        if (configuration[DataKey] is null)
        {
            options.Seed = mock.Value.Seed;
        }
    }

    public ValidateOptionsResult Validate(string? name, DataOptions options) =>
        configuration[DataKey] is not null && configuration[MockKey] is not null && options.Seed != mock.Value.Seed
            ? ValidateOptionsResult.Fail($"{DataKey} ({options.Seed}) and {MockKey} (--seed {mock.Value.Seed}) name different seeds: give one.")
            : ValidateOptionsResult.Success;
}
