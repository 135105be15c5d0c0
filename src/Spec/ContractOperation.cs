using System.Text.RegularExpressions;
using NSwag;

namespace Rememberizer.Contract.Spec;

/// <summary>One operation of the contract: its method, path template and OpenAPI definition.</summary>
public sealed partial class ContractOperation
{
    private readonly Regex _pathPattern;
    private readonly Lazy<IReadOnlyList<ExampleResponse>> _examples;

    internal ContractOperation(string method, string pathTemplate, string basePath, OpenApiOperation operation)
    {
        Method = method;
        PathTemplate = pathTemplate;
        FullPathTemplate = basePath + pathTemplate;
        Definition = operation;
        OperationId = operation.OperationId ?? $"{method} {pathTemplate}";
        Tag = operation.Tags.FirstOrDefault() ?? "";
        _pathPattern = BuildPattern(FullPathTemplate);
        // NSwag computes ActualParameters anew (grouping, filtering) on every access: once here, not per request.
        var parameters = operation.ActualParameters.ToList();
        PathParameters = [.. parameters.Where(p => p.Kind == OpenApiParameterKind.Path)];
        QueryParameters = [.. parameters.Where(p => p.Kind == OpenApiParameterKind.Query)];
        HasRequestBody = operation.ActualRequestBody is not null;
        _examples = new(() => ExampleResponse.AllFor(operation));
    }

    public IReadOnlyList<OpenApiParameter> PathParameters { get; }

    public IReadOnlyList<OpenApiParameter> QueryParameters { get; }

    public bool HasRequestBody { get; }

    /// <summary>True when a request to this operation has nothing the validator could check beyond its route.</summary>
    public bool TakesNoInput => PathParameters.Count == 0 && QueryParameters.Count == 0 && !HasRequestBody;

    public string Method { get; }

    /// <summary>The path as the spec writes it, relative to the server, e.g. <c>/documents/{document_id}/contents/</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>The path including the server's base path, e.g. <c>/api/v1/documents/{document_id}/contents/</c>.</summary>
    public string FullPathTemplate { get; }

    public string OperationId { get; }

    public string Tag { get; }

    public OpenApiOperation Definition { get; }

    /// <summary>Matches a request path; a missing or extra trailing slash still matches, as ASP.NET routing does.</summary>
    public bool Matches(string requestPath) => _pathPattern.IsMatch(requestPath);

    /// <summary>The values of the path parameters in a request path that <see cref="Matches"/>.</summary>
    public IReadOnlyDictionary<string, string> PathValues(string requestPath)
    {
        var match = _pathPattern.Match(requestPath);
        return _pathPattern.GetGroupNames()
            .Where(name => !int.TryParse(name, out _))
            .ToDictionary(name => name, name => Uri.UnescapeDataString(match.Groups[name].Value));
    }

    /// <summary>The statuses the spec declares for this operation, e.g. <c>200</c>, <c>401</c>.</summary>
    public IEnumerable<string> DeclaredStatuses => Definition.ActualResponses.Keys;

    /// <summary>
    /// Every answer the spec's examples give, status by status in declared order (named examples in map order), typed
    /// and with their declared headers; built once, on first use.
    /// </summary>
    public IReadOnlyList<ExampleResponse> Examples => _examples.Value;

    /// <summary>The names of the operation's named examples, in the order <see cref="Examples"/> has them.</summary>
    public IEnumerable<string> ExampleNames => Examples.Where(e => e.Name is not null).Select(e => e.Name!).Distinct();

    /// <summary>The spec's default answer for a status (its first example), typed and with its declared headers; null
    /// when the status is not declared.</summary>
    public ExampleResponse? ExampleFor(int status) => Examples.FirstOrDefault(e => e.Status == status);

    /// <summary>The named example <paramref name="name"/>: of that status when one is given, otherwise of the first
    /// declared status that has it; null when there is none.</summary>
    public ExampleResponse? NamedExample(string name, int? status = null) =>
        Examples.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase) && (status is null || e.Status == status));

    private static Regex BuildPattern(string template)
    {
        var pattern = ParameterPattern().Replace(
            Regex.Escape(template.TrimEnd('/')).Replace(@"\{", "{", StringComparison.Ordinal),
            match => $"(?<{match.Groups[1].Value}>[^/]+)");
        return new Regex($"^{pattern}/?$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)}")]
    private static partial Regex ParameterPattern();
}
