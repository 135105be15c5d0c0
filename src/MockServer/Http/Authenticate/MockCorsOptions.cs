namespace Rememberizer.Contract.MockServer.Http.Authenticate;

/// <summary>
/// Origins whose browser pages may call the mock with credentials, bound from the <c>Cors</c> section. An entry
/// is an exact origin (<c>https://app.example.com</c>) or one with any port (<c>http://localhost:*</c>).
/// </summary>
public sealed class MockCorsOptions
{
    public const string Section = "Cors";

    public static readonly IReadOnlyList<string> DefaultOrigins = ["http://localhost:*", "http://127.0.0.1:*"];

    // Empty means "the defaults": binding a list onto a pre-filled one would append rather than replace.
    public List<string> AllowedOrigins { get; set; } = [];

    public IReadOnlyList<string> EffectiveOrigins => AllowedOrigins.Count > 0 ? AllowedOrigins : DefaultOrigins;
}
