using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.Tests.Spec;

/// <summary>Request paths resolve to the operation ASP.NET routing would pick.</summary>
public sealed class OperationLookupTests
{
    [Theory]
    [InlineData("GET", "/api/v1/vector-stores/vs_1/documents/search", "searchVectorStoreDocuments")]
    [InlineData("GET", "/api/v1/vector-stores/vs_1/documents/17", "getVectorStoreDocument")]
    [InlineData("GET", "/api/v1/documents/search/", "searchDocuments")]
    [InlineData("GET", "/api/v1/documents/search", "searchDocuments")]
    [InlineData("GET", "/api/v1/documents/12/contents/", "getDocumentContents")]
    [InlineData("POST", "/api/v1/auth/signin/", "signIn")]
    public async Task LiteralSegmentsWinOverParameters(string method, string path, string operationId)
    {
        var contract = await ContractDocument.LoadEmbeddedAsync();

        Assert.Equal(operationId, contract.Find(method, path)?.OperationId);
    }

    [Fact]
    public async Task UnknownPathsAndMethodsFindNothing()
    {
        var contract = await ContractDocument.LoadEmbeddedAsync();

        Assert.Null(contract.Find("GET", "/api/v1/nothing/"));
        Assert.Null(contract.Find("DELETE", "/api/v1/account/"));
    }
}
