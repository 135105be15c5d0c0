using System.Text.Json;

namespace Rememberizer.Contract.Pact;

/// <summary>Settings for a consumer pact.</summary>
public sealed class PactConfig
{
    /// <summary>Where pact files are written (created if missing). Defaults to <c>./pacts</c>.</summary>
    public string PactDir { get; init; } = Path.Combine(Directory.GetCurrentDirectory(), "pacts");

    /// <summary>pact_ffi log level; pact_ffi keeps the first level set in a process.</summary>
    public PactLogLevel LogLevel { get; init; } = PactLogLevel.Info;

    /// <summary>The loopback address the mock server binds to.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Options for <c>WithJsonBody</c> and matchers; the default keeps property names as written.</summary>
    public JsonSerializerOptions JsonOptions { get; init; } = BodyJson.CreateDefaultOptions();
}
