using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rememberizer.Contract.MockServer.Control.ProviderStates;

/// <summary>The body a Pact verifier posts to the state-change URL.</summary>
public sealed record ProviderStateRequest(
    [property: JsonPropertyName("state")] string? State,
    [property: JsonPropertyName("params")] Dictionary<string, JsonElement>? Params,
    [property: JsonPropertyName("action")] string? Action);
