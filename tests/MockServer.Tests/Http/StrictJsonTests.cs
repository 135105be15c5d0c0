using System.Net;
using System.Text;
using Rememberizer.Contract.MockServer.Tests.Data;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Http;

/// <summary>
/// A JSON body is read as strictly as the real API's parser and MVC's binder read it: what only a lenient reader
/// accepts is DRF's "JSON parse error", not a binder's message about a missing body.
/// </summary>
public sealed class StrictJsonTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("{'query': 'x'}")]
    [InlineData("""{"query": "x",}""")]
    [InlineData("""{"query": "x", "n_chunks": 05}""")]
    [InlineData("""{"query": "x", "n_chunks": 0x10}""")]
    [InlineData("""{"query": "x"} // a comment""")]
    [InlineData("""{"query": "x", "n_chunks": NaN}""")]
    public async Task WhatOnlyALenientReaderAcceptsIsAJsonParseError(string json)
    {
        await using var app = new MockServerApp();
        var client = app.KeyClient(await app.StartupKnowledgeKeyAsync());

        var response = await client.PostAsync("/api/v1/documents/agentic_search/", new StringContent(json, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.StartsWith("JSON parse error - ", body.GetProperty("detail").GetString());
    }
}
