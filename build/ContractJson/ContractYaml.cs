using YamlDotNet.Serialization;

namespace Rememberizer.Contract.Build.ContractJson;

/// <summary>
/// YAML to JSON exactly as NSwag's <c>OpenApiYamlDocument.FromYamlAsync</c> does it before it reads the JSON (YamlDotNet's
/// untyped graph, written JSON-compatible): reading this JSON with <c>OpenApiDocument.FromJsonAsync</c> is that method's
/// second half, so the document is the same, without the YAML parser at start-up.
/// </summary>
public static class ContractYaml
{
    public static string ToJson(TextReader yaml) =>
        new SerializerBuilder().JsonCompatible().Build().Serialize(new DeserializerBuilder().Build().Deserialize(yaml));
}
