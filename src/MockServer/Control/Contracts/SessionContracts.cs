using System.Text.Json.Serialization;

namespace Rememberizer.Contract.MockServer.Control.Contracts;

/// <summary>Body of <c>POST /_mock/users</c>; <c>email_verified</c> defaults to true (a ready-to-use user).</summary>
public sealed record CreateUserRequest(
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("password")] string? Password,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("email_verified")] bool? EmailVerified);

/// <summary>Answer of <c>POST /_mock/users</c>.</summary>
public sealed record CreatedUser(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("email_verified")] bool EmailVerified);

/// <summary>One message in <c>GET /_mock/mailbox</c>.</summary>
public sealed record MailboxMessage(
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("sent_at")] DateTimeOffset SentAt);

/// <summary>One user in <c>GET /_mock/users</c>, with the sessions that can still do something.</summary>
public sealed record UserEntry(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("email_verified")] bool EmailVerified,
    [property: JsonPropertyName("sessions")] IReadOnlyList<SessionEntry> Sessions);

/// <summary>A live session: <c>kind</c> is <c>browser</c> (sign-in, cookies) or <c>oauth</c>; <c>expires_at</c> is when its last token stops working.</summary>
public sealed record SessionEntry(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("scope")] string? Scope,
    [property: JsonPropertyName("started_at")] DateTimeOffset StartedAt,
    [property: JsonPropertyName("expires_at")] DateTimeOffset ExpiresAt);
