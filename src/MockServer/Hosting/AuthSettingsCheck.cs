using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Accounts;

namespace Rememberizer.Contract.MockServer.Hosting;

/// <summary>Refuses Auth settings that cannot work, with the reason <see cref="AuthOptions.IsValid"/> gives (the setting and its bound).</summary>
public sealed class AuthSettingsCheck : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options) =>
        options.IsValid(out var problem) ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problem);
}
