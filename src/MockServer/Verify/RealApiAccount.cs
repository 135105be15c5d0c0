namespace Rememberizer.Contract.MockServer.Verify;

/// <summary>
/// The existing, verified account that verification against a running Rememberizer API signs in as, and the vector
/// store key it sends: from <c>REMEMBERIZER_TEST_LOGIN</c>, <c>REMEMBERIZER_TEST_PASSWORD</c>,
/// <c>REMEMBERIZER_API_KEY</c> and <c>REMEMBERIZER_TEST_CAPTCHA</c> (secrets stay off the command line).
/// </summary>
public sealed record RealApiAccount(string Login, string Password, string? ApiKey, string Captcha)
{
    public const string LoginVariable = "REMEMBERIZER_TEST_LOGIN";
    public const string PasswordVariable = "REMEMBERIZER_TEST_PASSWORD";
    public const string ApiKeyVariable = "REMEMBERIZER_API_KEY";
    public const string CaptchaVariable = "REMEMBERIZER_TEST_CAPTCHA";
    public const string DefaultCaptcha = "recaptcha_response";

    /// <summary>The account from the environment, or null when the login or password is missing.</summary>
    public static RealApiAccount? FromEnvironment()
    {
        var login = Environment.GetEnvironmentVariable(LoginVariable);
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        return string.IsNullOrWhiteSpace(login) || string.IsNullOrWhiteSpace(password)
            ? null
            : new RealApiAccount(
                login,
                password,
                Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } key ? key : null,
                Environment.GetEnvironmentVariable(CaptchaVariable) is { Length: > 0 } captcha ? captcha : DefaultCaptcha);
    }

    public override string ToString() => $"{Login} (password and key not shown)";
}
