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
