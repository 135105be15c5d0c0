using System.Text.Json;

namespace Rememberizer.Contract.MockServer.Control.ProviderStates;

/// <summary>The parameters of one provider state, read by name with a clear error when one is missing.</summary>
public sealed class ProviderStateParams(string state, IReadOnlyDictionary<string, JsonElement> values)
{
    public string Required(string name) =>
        Optional(name) ?? throw new ProviderStateException($"Provider state '{state}' needs the parameter '{name}'.");

    public string? Optional(string name) => values.TryGetValue(name, out var value)
        ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
        : null;
}

/// <summary>A state the mock cannot set up: answered with 400 so the verification fails loudly.</summary>
public sealed class ProviderStateException(string message) : Exception(message);
