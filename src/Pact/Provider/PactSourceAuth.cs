namespace Rememberizer.Contract.Pact;

/// <summary>How the verifier authenticates when it fetches pacts from a URL or a Pact Broker.</summary>
public sealed record PactSourceAuth
{
    private PactSourceAuth(string? username, string? password, string? token)
    {
        Username = username;
        Password = password;
        Token = token;
    }

    /// <summary>No credentials.</summary>
    public static PactSourceAuth None { get; } = new(null, null, null);

    public string? Username { get; }

    public string? Password { get; }

    public string? Token { get; }

    /// <summary>HTTP basic authentication (a self-hosted broker).</summary>
    public static PactSourceAuth Basic(string username, string? password)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        return new(username, password, null);
    }

    /// <summary>A bearer token (PactFlow, or a broker behind an API gateway).</summary>
    public static PactSourceAuth Bearer(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        return new(null, null, token);
    }

    // Never the secrets themselves: this lands in logs and exception messages.
    public override string ToString() => (Username, Token) switch
    {
        (not null, _) => $"basic ({Username})",
        (_, not null) => "bearer token",
        _ => "none",
    };
}
