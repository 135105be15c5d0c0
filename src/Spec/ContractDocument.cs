using NSwag;

namespace Rememberizer.Contract.Spec;

/// <summary>The Rememberizer OpenAPI contract, loaded once and indexed by method and path.</summary>
public sealed class ContractDocument
{
    private const string ResourceName = "rememberizer_openapi.yml";
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

    /// <summary>Loads the spec embedded in this assembly (the build embeds spec/rememberizer_openapi.yml).</summary>
    public static Task<ContractDocument> LoadEmbeddedAsync() => FromYamlAsync(ReadEmbeddedYaml());

    public static async Task<ContractDocument> FromYamlAsync(string yaml) =>
        new(await OpenApiYamlDocument.FromYamlAsync(yaml));

    /// <summary>The embedded YAML text, for tools that read the spec with another library.</summary>
    public static string ReadEmbeddedYaml()
    {
        using var stream = typeof(ContractDocument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
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
