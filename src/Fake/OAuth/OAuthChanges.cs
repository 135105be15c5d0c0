using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.OAuth;

/// <summary>A change to the authorization codes, which <see cref="AuthorizationCodes"/> applies.</summary>
public abstract record AuthorizationCodeChange : StateEvent;

public sealed record AuthorizationCodeIssued(string Code, AuthorizationGrant Grant, DateTimeOffset ExpiresAt) : AuthorizationCodeChange;

public sealed record AuthorizationCodeRedeemed(string Code) : AuthorizationCodeChange;

public static class OAuthChangeNames
{
    public static ChangeNames AddOAuthChanges(this ChangeNames names) => names
        .Add<AuthorizationCodeIssued>("authorization_code_issued")
        .Add<AuthorizationCodeRedeemed>("authorization_code_redeemed");
}
