using System.Net;
using Rememberizer.Contract.MockServer.Tests.Data;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Compatibility;

/// <summary>
/// LangChain's <c>RememberizerAPIWrapper</c> and <c>RememberizerRetriever</c> (langchain-community 0.3.27,
/// <c>utilities/rememberizer.py</c>): <c>GET documents/search?q={query}&amp;n={top_k_results}</c> (no trailing
/// slash, <c>top_k_results</c> 10 by default) with <c>x-api-key</c>; a status other than 200 raises, and every
/// matched chunk becomes a Document of <c>matched_content</c> with <c>document</c> as its metadata.
/// </summary>
public sealed class LangChainRememberizerTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(5)]
    public async Task RetrieverSearchReturnsChunksWithContentAndDocumentMetadata(int topK)
    {
        await using var app = new MockServerApp();
        var langchain = ClientReplay.Requests(app, await app.StartupKnowledgeKeyAsync());

        var response = await langchain.GetAsync("documents/search", ("q", "How to integrate Rememberizer with custom applications"), ("n", topK));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var chunks = (await response.JsonAsync()).GetProperty("matched_chunks").Items().ToList();
        Assert.InRange(chunks.Count, 1, topK);
        Assert.All(chunks, c =>
        {
            Assert.False(string.IsNullOrEmpty(c.GetProperty("matched_content").GetString()));
            Assert.Equal(System.Text.Json.JsonValueKind.Object, c.GetProperty("document").ValueKind);
        });
    }

    [Fact]
    public async Task AQuestionMarkInTheUnencodedQueryStaysPartOfTheQuestion()
    {
        await using var app = new MockServerApp();
        var langchain = ClientReplay.Requests(app, await app.StartupKnowledgeKeyAsync());

        // f"...documents/search?q={query}&n={top_k}" with query "What did we decide about the search filters?"
        var response = await langchain.GetAsync("documents/search", ("q", "What did we decide about the search filters?"), ("n", 10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains((await response.JsonAsync()).GetProperty("matched_chunks").Items(),
            c => c.GetProperty("matched_content").GetString()!.Contains("search filters", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AnUnrelatedQuestionGivesNoDocumentsRatherThanNoise()
    {
        await using var app = new MockServerApp();
        var langchain = ClientReplay.Requests(app, await app.StartupKnowledgeKeyAsync());

        var response = await langchain.GetAsync("documents/search", ("q", "What is a good recipe for chocolate cake?"), ("n", 10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.JsonAsync()).GetProperty("matched_chunks").Items());
    }
}
