using Rememberizer.Contract.Build.ContractJson;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.Tests.Spec;

/// <summary>
/// The mock loads the contract from the JSON the build makes of the YAML, which starts faster: that JSON must be
/// what NSwag's YAML reader makes of the embedded YAML, and load into the same document.
/// </summary>
public sealed class ContractJsonTests
{
    [Fact]
    public void TheEmbeddedJsonIsTheEmbeddedYamlAsNSwagsYamlReaderConvertsIt()
    {
        using var yaml = new StringReader(ContractDocument.ReadEmbeddedYaml());

        Assert.Equal(ContractYaml.ToJson(yaml), ContractDocument.ReadEmbeddedJson());
    }

    [Fact]
    public async Task TheDocumentLoadedFromJsonIsTheOneLoadedFromYaml()
    {
        var fromJson = await ContractDocument.LoadEmbeddedAsync();
        var fromYaml = await ContractDocument.FromYamlAsync(ContractDocument.ReadEmbeddedYaml());

        Assert.Equal(fromYaml.Document.ToJson(), fromJson.Document.ToJson());
        Assert.Equal(Described(fromYaml), Described(fromJson));
    }

    // What the mock reads beyond ToJson (which leaves out, for one, the headers' examples): each operation's
    // parameters and every answer its examples give.
    private static List<string> Described(ContractDocument contract) =>
    [
        .. contract.Operations.Select(o =>
            $"{o.Method} {o.PathTemplate} {o.OperationId} " +
            string.Join(',', o.QueryParameters.Select(p => $"{p.Name}:{p.ActualSchema.ToJson()}")) + " " +
            string.Join(';', o.Examples.Select(e => $"{e.Status} {e.Name} {e.ContentType} {e.Body} [{string.Join('|', e.Headers)}]"))),
    ];
}
