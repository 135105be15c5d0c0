using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rememberizer.Contract.Pact;

/// <summary>
/// A matching rule with its example value, written as pact_ffi integration JSON
/// (<c>{"pact:matcher:type": ..., "value": ...}</c>). Create one through <see cref="Match"/> and
/// place it anywhere in a JSON body, or pass it as a header, query or path value.
/// </summary>
[JsonConverter(typeof(MatcherJsonConverter))]
public sealed class Matcher
{
    internal Matcher(string type, object? value, params (string Name, object? Value)[] attributes)
    {
        Type = type;
        Value = value;
        Attributes = attributes;
    }

    /// <summary>The example the mock server returns and the pact records.</summary>
    public object? Value { get; }

    /// <summary>False for matchers whose integration JSON has no <c>value</c> (array-contains carries variants).</summary>
    internal bool WritesValue { get; private init; } = true;

    /// <summary>The pact_ffi matcher id, e.g. <c>type</c>, <c>regex</c>, <c>datetime</c>.</summary>
    public string Type { get; }

    internal IReadOnlyList<(string Name, object? Value)> Attributes { get; }

    internal static Matcher WithoutValue(string type, object? example, params (string Name, object? Value)[] attributes) =>
        new(type, example, attributes) { WritesValue = false };

    /// <summary>The integration JSON pact_ffi expects for this matcher.</summary>
    public string ToJson(JsonSerializerOptions? options = null) => JsonSerializer.Serialize(this, options ?? BodyJson.Default);

    public override string ToString() => ToJson();
}
