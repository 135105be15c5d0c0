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

    /// <summary>The pact_ffi matcher id, e.g. <c>type</c>, <c>regex</c>, <c>datetime</c>.</summary>
    public string Type { get; }

    /// <summary>The example the mock server returns and the pact records.</summary>
    public object? Value { get; }

    internal IReadOnlyList<(string Name, object? Value)> Attributes { get; }

    /// <summary>The integration JSON pact_ffi expects for this matcher.</summary>
    public string ToJson(JsonSerializerOptions? options = null) => JsonSerializer.Serialize(this, options ?? BodyJson.Default);

    public override string ToString() => ToJson();
}
