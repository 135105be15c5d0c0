using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rememberizer.Contract.Pact;

/// <summary>
/// Which consumer versions' pacts a Pact Broker hands the verifier (https://docs.pact.io/selectors). Set only the
/// properties a selector needs; the broker reads the ones present. Typical CI set:
/// <c>{"mainBranch":true}</c>, <c>{"deployedOrReleased":true}</c> and, on a feature branch, <c>{"matchingBranch":true}</c>.
/// </summary>
public sealed record ConsumerVersionSelector
{
    // Exact camelCase names, as the broker reads them: a misspelt key is an error, not a selector that selects all.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNameCaseInsensitive = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public bool? MainBranch { get; init; }

    public string? Branch { get; init; }

    public bool? MatchingBranch { get; init; }

    public string? FallbackBranch { get; init; }

    public bool? DeployedOrReleased { get; init; }

    public bool? Deployed { get; init; }

    public bool? Released { get; init; }

    public string? Environment { get; init; }

    /// <summary>Limits the selector to one consumer.</summary>
    public string? Consumer { get; init; }

    /// <summary>Older tag-based selection; prefer branches.</summary>
    public string? Tag { get; init; }

    public string? FallbackTag { get; init; }

    public bool? Latest { get; init; }

    /// <summary>Reads a JSON array of selectors, e.g. <c>[{"mainBranch":true},{"deployedOrReleased":true}]</c>.</summary>
    /// <exception cref="ArgumentException">The text is not such an array, or names a property selectors do not have.</exception>
    public static IReadOnlyList<ConsumerVersionSelector> ParseArray(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var selectors = JsonSerializer.Deserialize<List<ConsumerVersionSelector?>>(json, Json)
                ?? throw new ArgumentException("Consumer version selectors must be a JSON array of objects, not null.", nameof(json));
            return selectors.Select((s, i) => s ?? throw new ArgumentException($"Consumer version selector {i + 1} is null.", nameof(json))).ToList();
        }
        catch (JsonException error)
        {
            throw new ArgumentException(
                $"Consumer version selectors must be a JSON array of objects such as [{{\"mainBranch\":true}}]: {error.Message}", nameof(json), error);
        }
    }

    /// <summary>The selector as the broker's JSON (camelCase, only the properties set).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public override string ToString() => ToJson();
}
