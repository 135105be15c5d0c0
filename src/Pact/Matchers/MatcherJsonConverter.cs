using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rememberizer.Contract.Pact;

/// <summary>Writes a <see cref="Matcher"/> as integration JSON; example values keep the caller's options.</summary>
internal sealed class MatcherJsonConverter : JsonConverter<Matcher>
{
    public const string TypeKey = "pact:matcher:type";

    public override Matcher Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Matchers are written to pact_ffi, never read back.");

    public override void Write(Utf8JsonWriter writer, Matcher matcher, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(TypeKey, matcher.Type);
        foreach (var (name, value) in matcher.Attributes)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value, options);
        }

        if (matcher.WritesValue)
        {
            writer.WritePropertyName("value");
            WriteValue(writer, matcher.Value, options);
        }

        writer.WriteEndObject();
    }

    // The runtime type is used so that matchers nested inside an example serialise as matchers too.
    private static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, value?.GetType() ?? typeof(object), options);
}
