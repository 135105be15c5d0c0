using System.Text.Json.Serialization;

namespace Rememberizer.Contract.MockServer.Control.Contracts;

/// <summary>
/// One stored preference in <c>GET /_mock/preferences</c> and the answer of <c>POST /_mock/preferences</c>:
/// <c>operation_id</c> null applies to every operation; <c>times</c> and <c>remaining</c> null apply until removed.
/// </summary>
public sealed record StoredPreferenceEntry(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("operation_id")] string? OperationId,
    [property: JsonPropertyName("prefer")] string Prefer,
    [property: JsonPropertyName("times")] int? Times,
    [property: JsonPropertyName("remaining")] int? Remaining);
