using NJsonSchema;
using NJsonSchema.Generation;
using NJsonSchema.Yaml;
using NSwag;

namespace Rememberizer.Contract.Spec;

/// <summary>The Rememberizer OpenAPI contract, loaded once and indexed by method and path.</summary>
public sealed class ContractDocument
{
    private const string YamlResource = "rememberizer_openapi.yml";
    private const string JsonResource = "rememberizer_openapi.json";
    private readonly Dictionary<string, List<ContractOperation>> _byMethod;

    private ContractDocument(OpenApiDocument document)
    {
        Document = document;
        var basePath = new Uri(document.Servers.First().Url).AbsolutePath.TrimEnd('/');
        Operations = document.Paths
            .SelectMany(path => path.Value.Select(method =>
                new ContractOperation(method.Key.ToUpperInvariant(), path.Key, basePath, method.Value)))
            .ToList();
        // Literal segments win over parameters, as in ASP.NET routing: /documents/search beats /documents/{id}.
        _byMethod = Operations.GroupBy(o => o.Method).ToDictionary(
            g => g.Key,
            g => g.OrderBy(o => o.PathTemplate.Count(c => c == '{')).ThenByDescending(o => o.PathTemplate.Length).ToList());
    }

    public OpenApiDocument Document { get; }

    public IReadOnlyList<ContractOperation> Operations { get; }

    /// <summary>
    /// Loads the spec embedded in this assembly. The build embeds spec/rememberizer_openapi.yml and the JSON NSwag's
    /// YAML reader would make of it (build/ContractJson); this reads that JSON as the YAML reader then does, so the
    /// document is the same and a start skips parsing YAML (ContractJsonTests hold the two together).
    /// </summary>
    public static async Task<ContractDocument> LoadEmbeddedAsync() =>
        new(await OpenApiDocument.FromJsonAsync(ReadEmbeddedJson(), null, SchemaType.Swagger2, document =>
            new JsonAndYamlReferenceResolver(new OpenApiSchemaResolver(document, new SystemTextJsonSchemaGeneratorSettings()))));

    public static async Task<ContractDocument> FromYamlAsync(string yaml) =>
        new(await OpenApiYamlDocument.FromYamlAsync(yaml));

    /// <summary>The embedded YAML text, for tools that read the spec with another library.</summary>
    public static string ReadEmbeddedYaml() => ReadEmbedded(YamlResource);

    /// <summary>The embedded JSON text the mock loads (<see cref="LoadEmbeddedAsync"/>).</summary>
    public static string ReadEmbeddedJson() => ReadEmbedded(JsonResource);

    private static string ReadEmbedded(string resourceName)
    {
        using var stream = typeof(ContractDocument).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource {resourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Finds the operation for a request path such as <c>/api/v1/documents/12/contents/</c>.</summary>
    public ContractOperation? Find(string method, string requestPath)
    {
        if (!_byMethod.TryGetValue(method.ToUpperInvariant(), out var candidates))
        {
            return null;
        }

        foreach (var operation in candidates)
        {
            if (operation.Matches(requestPath))
            {
                return operation;
            }
        }

        return null;
    }

    public ContractOperation? FindById(string operationId) =>
        Operations.FirstOrDefault(o => string.Equals(o.OperationId, operationId, StringComparison.OrdinalIgnoreCase));
}
