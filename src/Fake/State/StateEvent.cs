using System.Text.Json;
using System.Text.Json.Serialization;
using Rememberizer.Contract.Fake.OAuth;
using Rememberizer.Contract.Fake.Sessions;

namespace Rememberizer.Contract.Fake.State;

/// <summary>
/// A change to a tenant's state, as the <see cref="StateJournal"/> records it. The list below is every kind of
/// change the fake makes that outlives a request; each carries everything applying it needs (ids, random tokens,
/// moments), so applying is the same in every process and on every replay. Stored as JSON with a <c>type</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(StateWasReset), "state_was_reset")]
[JsonDerivedType(typeof(ClockAdvanced), "clock_advanced")]
[JsonDerivedType(typeof(SigningKeyChosen), "signing_key_chosen")]
[JsonDerivedType(typeof(UserAdded), "user_added")]
[JsonDerivedType(typeof(EmailVerified), "email_verified")]
[JsonDerivedType(typeof(CodeIssued), "code_issued")]
[JsonDerivedType(typeof(CodeAttemptFailed), "code_attempt_failed")]
[JsonDerivedType(typeof(CodeUsed), "code_used")]
[JsonDerivedType(typeof(MailSent), "mail_sent")]
[JsonDerivedType(typeof(SessionStarted), "session_started")]
[JsonDerivedType(typeof(RefreshRotated), "refresh_rotated")]
[JsonDerivedType(typeof(SessionRevoked), "session_revoked")]
[JsonDerivedType(typeof(AuthorizationCodeIssued), "authorization_code_issued")]
[JsonDerivedType(typeof(AuthorizationCodeRedeemed), "authorization_code_redeemed")]
public abstract record StateEvent
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Serialize(StateEvent change) => JsonSerializer.Serialize(change, Json);

    public static StateEvent Deserialize(string json) =>
        JsonSerializer.Deserialize<StateEvent>(json, Json) ?? throw new InvalidOperationException("A stored change is empty.");
}

// The tenant as a whole.
public sealed record StateWasReset : StateEvent;

public sealed record ClockAdvanced(TimeSpan By) : StateEvent;

public sealed record SigningKeyChosen(byte[] Key) : StateEvent;

// Accounts, codes and mail.
public sealed record UserAdded(int Id, string Email, string Name, string PasswordHash, bool EmailVerified) : StateEvent;

public sealed record EmailVerified(int UserId) : StateEvent;

public sealed record CodeIssued(int UserId, string Code, DateTimeOffset ExpiresAt) : StateEvent;

public sealed record CodeAttemptFailed(int UserId) : StateEvent;

public sealed record CodeUsed(int UserId) : StateEvent;

public sealed record MailSent(string To, string Subject, string Code, DateTimeOffset SentAt) : StateEvent;

// Sessions: refresh tokens are recorded as hashes only.
public sealed record SessionStarted(string SessionId, int UserId, SessionKind Kind, string? Scope, string RefreshHash, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt) : StateEvent;

public sealed record RefreshRotated(string SessionId, string OldHash, string NewHash, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt) : StateEvent;

public sealed record SessionRevoked(string SessionId) : StateEvent;

// OAuth.
public sealed record AuthorizationCodeIssued(string Code, AuthorizationGrant Grant, DateTimeOffset ExpiresAt) : StateEvent;

public sealed record AuthorizationCodeRedeemed(string Code) : StateEvent;
