namespace Rememberizer.Contract.Tests.Pacts.Provider;

/// <summary>
/// Where the real-API verification points and with which account: from <c>REMEMBERIZER_API_BASE_URL</c>,
/// <c>REMEMBERIZER_TEST_LOGIN</c>, <c>REMEMBERIZER_TEST_PASSWORD</c> and <c>REMEMBERIZER_API_KEY</c>.
/// </summary>
public sealed record RealApiTarget(Uri ApiBase, string Login, string Password, string? ApiKey, string Captcha)
{
    public const string BaseUrlVariable = "REMEMBERIZER_API_BASE_URL";

    /// <summary>The target from the environment, or why there is none.</summary>
    public static (RealApiTarget? Target, string Reason) FromEnvironment()
    {
        var baseUrl = Environment.GetEnvironmentVariable(BaseUrlVariable);
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            return (null, $"{BaseUrlVariable} is not set, so the pact is not verified against the real Rememberizer API " +
                "(set it with REMEMBERIZER_TEST_LOGIN, REMEMBERIZER_TEST_PASSWORD and REMEMBERIZER_API_KEY to run it).");
        }

        var login = Environment.GetEnvironmentVariable("REMEMBERIZER_TEST_LOGIN");
        var password = Environment.GetEnvironmentVariable("REMEMBERIZER_TEST_PASSWORD");
        if (string.IsNullOrWhiteSpace(login) || string.IsNullOrWhiteSpace(password))
        {
            return (null, $"{BaseUrlVariable} is set but REMEMBERIZER_TEST_LOGIN or REMEMBERIZER_TEST_PASSWORD is not.");
        }

        return (new RealApiTarget(
            new Uri(baseUrl.TrimEnd('/') + "/"),
            login,
            password,
            Environment.GetEnvironmentVariable("REMEMBERIZER_API_KEY"),
            Environment.GetEnvironmentVariable("REMEMBERIZER_TEST_CAPTCHA") ?? "recaptcha_response"), "");
    }

    /// <summary>The provider's root: the pact's paths already start with <c>/api/v1</c>.</summary>
    public Uri ProviderRoot => new(ApiBase.GetLeftPart(UriPartial.Authority));
}
