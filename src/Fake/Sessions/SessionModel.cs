namespace Rememberizer.Contract.Fake.Sessions;

/// <summary>
/// Where a session came from. A refresh token only rotates through the door it was issued at, so an OAuth
/// refresh token cannot be replayed as a browser cookie and the other way round.
/// </summary>
public enum SessionKind
{
    Browser,
    OAuth,
}

/// <summary>A live session as the control API lists it: whose, from where, and when its last token stops working.</summary>
public sealed record SessionSummary(string Id, int UserId, SessionKind Kind, string? Scope, DateTimeOffset StartedAt, DateTimeOffset ExpiresAt);

/// <summary>A refresh token just issued, with the moment it stops working.</summary>
public sealed record IssuedRefresh(string SessionId, int UserId, string RefreshToken, DateTimeOffset ExpiresAt, string? Scope);

public enum RotationOutcome
{
    Rotated,
    Invalid,
    Reused,
}

/// <summary>Outcome of presenting a refresh token: the replacement when it rotated.</summary>
public sealed record RotationResult(RotationOutcome Outcome, IssuedRefresh? Next = null);
