using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Data;

/// <summary>
/// Agentic search answers what its clients read besides the chunks: <c>result</c>, <c>metadata.iterations</c> and
/// <c>message</c>, and a "nothing found" form that still completed (no "Unable to complete").
/// </summary>
public sealed class AgenticSearchAnswerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> SearchAsync(HttpClient client, string query)
    {
        var response = await client.PostAsJsonAsync("/api/v1/documents/agentic_search/", new { query, n_chunks = 3 }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    [Fact]
    public async Task AFoundAnswerSummarisesWhatMatchedAndHowItWasSearched()
    {
        await using var app = new MockServerApp();
        var key = app.KeyClient(await app.StartupKnowledgeKeyAsync());
        const string query = "How to integrate Rememberizer with custom applications";

        var answer = await SearchAsync(key, query);

        var chunks = answer.GetProperty("matched_chunks").GetArrayLength();
        Assert.InRange(chunks, 1, 3);
        var result = answer.GetProperty("result").GetString()!;
        Assert.StartsWith($"Found {chunks} passage", result, StringComparison.Ordinal);
        Assert.Contains(answer.GetProperty("matched_chunks")[0].GetProperty("document").GetProperty("name").GetString()!, result, StringComparison.Ordinal);
        var iteration = Assert.Single(answer.GetProperty("metadata").GetProperty("iterations").Items());
        Assert.Equal(query, iteration.GetProperty("query").GetString());
        Assert.Equal(chunks, iteration.GetProperty("matched_chunks").GetInt32());
        Assert.Equal("Agentic search completed.", answer.GetProperty("message").GetString());
    }

    [Fact]
    public async Task NothingFoundIsACompletedSearchThatSaysSo()
    {
        await using var app = new MockServerApp();
        var key = app.KeyClient(await app.StartupKnowledgeKeyAsync());

        var answer = await SearchAsync(key, "xylophone quokka marzipan");

        Assert.Empty(answer.GetProperty("matched_chunks").Items());
        Assert.Empty(answer.GetProperty("data_sources").Items());
        Assert.Equal("Nothing in the knowledge matched \"xylophone quokka marzipan\".", answer.GetProperty("result").GetString());
        Assert.Equal(0, answer.GetProperty("metadata").GetProperty("iterations")[0].GetProperty("matched_chunks").GetInt32());
        Assert.DoesNotContain("Unable to complete", answer.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheUnableToCompleteFormIsRehearsedOnlyWhenAskedFor()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await browser.SendPreferringAsync(HttpMethod.Post, "/api/v1/documents/agentic_search/", "example=unable_to_complete", new { query = "release plans" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.JsonAsync();
        Assert.Contains("Unable to complete", answer.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(answer.GetProperty("matched_chunks").Items());
    }
}
