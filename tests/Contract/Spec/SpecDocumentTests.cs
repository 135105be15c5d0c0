using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.Tests.Spec;

/// <summary>The contract itself: it must load cleanly and follow the house rules generation depends on.</summary>
public sealed class SpecDocumentTests
{
    private static OpenApiDocument Read(out OpenApiDiagnostic diagnostic)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ContractDocument.ReadEmbeddedYaml()));
        return new OpenApiStreamReader().Read(stream, out diagnostic);
    }

    [Fact]
    public void SpecLoadsWithZeroErrorsAndZeroWarnings()
    {
        var document = Read(out var diagnostic);

        Assert.Empty(diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.Empty(diagnostic.Warnings.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.Equal(Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_0, diagnostic.SpecificationVersion);
        Assert.NotEmpty(document.Paths);
    }

    [Fact]
    public void EveryOperationHasOneTagAStableOperationIdAndSecurity()
    {
        var document = Read(out _);
        var operations = document.Paths.SelectMany(p => p.Value.Operations.Select(o => (Path: p.Key, Method: o.Key, Operation: o.Value))).ToList();

        Assert.All(operations, o => Assert.Single(o.Operation.Tags));
        Assert.All(operations, o => Assert.Matches("^[a-z][A-Za-z]+$", o.Operation.OperationId));
        Assert.All(operations, o => Assert.NotNull(o.Operation.Security));
        Assert.Equal(operations.Count, operations.Select(o => o.Operation.OperationId).Distinct().Count());
    }

    [Fact]
    public void EveryBodyIsAReferenceToANamedSchema()
    {
        var document = Read(out _);
        var bodies = document.Paths.Values
            .SelectMany(p => p.Operations.Values)
            .SelectMany(o => (o.RequestBody?.Content.Values ?? []).Concat(o.Responses.Values.SelectMany(r => r.Content.Values)))
            .Where(media => media.Schema is not null)
            .Select(media => media.Schema.Type == "array" ? media.Schema.Items : media.Schema)
            .ToList();

        Assert.NotEmpty(bodies);
        Assert.All(bodies, schema => Assert.NotNull(schema.Reference));
    }

    [Fact]
    public void NoParameterTravelsInACookie()
    {
        var document = Read(out _);
        var parameters = document.Paths.Values.SelectMany(p => p.Operations.Values).SelectMany(o => o.Parameters);

        Assert.DoesNotContain(parameters, p => p.In == ParameterLocation.Cookie);
    }

    [Fact]
    public void EveryResponseWithABodyHasAnExample()
    {
        var document = Read(out _);
        var missing = document.Paths
            .SelectMany(p => p.Value.Operations.SelectMany(o => o.Value.Responses.Select(r => (Where: $"{o.Key} {p.Key} {r.Key}", Response: r.Value))))
            .Where(r => r.Response.Content.Values.Any(m => m.Example is null && m.Examples.Count == 0 && m.Schema?.Reference is { } reference && !HasSchemaExample(reference)))
            .Select(r => r.Where);

        Assert.Empty(missing);

        bool HasSchemaExample(OpenApiReference reference) =>
            document.Components.Schemas.TryGetValue(reference.Id, out var schema) && schema.Example is not null;
    }

    [Fact]
    public void NoMediaTypeHasBothAnExampleAndNamedExamples()
    {
        // OpenAPI makes the two mutually exclusive; readers differ in which one they keep, so the spec keeps one.
        var document = Read(out _);
        var both = document.Paths
            .SelectMany(p => p.Value.Operations.SelectMany(o => o.Value.Responses.SelectMany(r => r.Value.Content.Select(m => (Where: $"{o.Key} {p.Key} {r.Key} {m.Key}", Media: m.Value)))))
            .Concat(document.Components.Responses.SelectMany(r => r.Value.Content.Select(m => (Where: $"components/responses/{r.Key} {m.Key}", Media: m.Value))))
            .Where(m => m.Media.Example is not null && m.Media.Examples.Count > 0)
            .Select(m => m.Where);

        Assert.Empty(both);
    }
}
