using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.Sessions;

public sealed record SigningKeyChosen(byte[] Key) : StateEvent;

/// <summary>A change to sessions, which <see cref="SessionStore"/> applies; refresh tokens are recorded as hashes only.</summary>
public abstract record SessionChange : StateEvent;

public sealed record SessionStarted(string SessionId, int UserId, SessionKind Kind, string? Scope, string RefreshHash, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt) : SessionChange;

public sealed record RefreshRotated(string SessionId, string OldHash, string NewHash, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt) : SessionChange;

public sealed record SessionRevoked(string SessionId) : SessionChange;

public static class SessionChangeNames
{
    public static ChangeNames AddSessionChanges(this ChangeNames names) => names
        .Add<SigningKeyChosen>("signing_key_chosen")
        .Add<SessionStarted>("session_started")
        .Add<RefreshRotated>("refresh_rotated")
        .Add<SessionRevoked>("session_revoked");
}
