using Microsoft.Extensions.Options;

namespace Rememberizer.Contract.MockServer;

/// <summary>
/// Binds a settings section so that a key its options class does not have fails the start-up, naming the key:
/// <c>--Auth:AccessTokenLifetme=…</c> is a typo the user should hear about, not a setting silently ignored.
/// </summary>
public static class StrictSettings
{
    public static OptionsBuilder<T> BindStrictly<T>(this OptionsBuilder<T> options, string section)
        where T : class =>
        options.BindConfiguration(section, binder => binder.ErrorOnUnknownConfiguration = true).ValidateOnStart();
}
