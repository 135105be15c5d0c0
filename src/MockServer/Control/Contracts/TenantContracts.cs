using System.Text.Json.Serialization;

namespace Rememberizer.Contract.MockServer.Control.Contracts;

/// <summary>
/// One tenant in <c>GET /_mock/tenants</c>: the base URL a path-only client uses (none for the default tenant) and
/// how much it holds. <c>last_used_at</c> is real time (each tenant's fake clock is its own); null for the default.
/// </summary>
public sealed record TenantReply(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("base_path")] string? BasePath,
    [property: JsonPropertyName("users")] int Users,
    [property: JsonPropertyName("sessions")] int Sessions,
    [property: JsonPropertyName("messages")] int Messages,
    [property: JsonPropertyName("requests")] int Requests,
    [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("last_used_at")] DateTimeOffset? LastUsedAt);
