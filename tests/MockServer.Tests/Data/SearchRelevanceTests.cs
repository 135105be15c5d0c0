using System.Net;
using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Data;

/// <summary>
/// Both searches behave like an embedding store: the documentation's own example questions find the chunks about
/// them with a cosine-like distance that clears the default threshold, and unrelated questions find nothing.
/// </summary>
public sealed class SearchRelevanceTests
{
    private static readonly string[] UnrelatedQuestions =
    [
        "What is a good recipe for chocolate cake?",
        "What is the best system for cooking pasta?",
        "Tell me about the weather in Paris tomorrow",
        "What is the refund policy?",
        "How do I reset my password?",
        "Where is the team lunch on Friday?",
        "How can I cancel my subscription?",
    ];

    private static List<double> Distances(System.Text.Json.JsonElement result) =>
        [.. result.GetProperty("matched_chunks").Items().Select(c => c.GetProperty("distance").GetDouble())];

    [Fact]
    public async Task VectorStoreExampleFindsTheIntegrationGuideWithinTheDefaultThreshold()
    {
        await using var app = new MockServerApp();
        var (store, storeId) = await app.PrimaryStoreClientAsync();

        // The documentation's example request, with no t: the default threshold (0.7) applies.
        var result = await store.GetJsonAsync($"/api/v1/vector-stores/{storeId}/documents/search?q=How%20to%20integrate%20our%20product%20with%20third-party%20systems&n=5&prev_chunks=1&next_chunks=1");

        var distances = Distances(result);
        Assert.NotEmpty(distances);
        Assert.All(distances, d => Assert.InRange(d, 0.05, 0.3));
        Assert.Equal(distances.Order(), distances);
        Assert.All(result.GetProperty("matched_chunks").Items(), c => Assert.Equal("Integration Guide.pdf", c.GetProperty("document").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task UserSearchExampleFindsTheIntegrationDocuments()
    {
        await using var app = new MockServerApp();
        var publisher = app.CreateBrowser();
        await publisher.SignInAsync(StartupKnowledge.OwnerEmail, StartupKnowledge.OwnerPassword);

        var result = await publisher.GetJsonAsync("/api/v1/documents/search/?q=How%20to%20integrate%20Rememberizer%20with%20custom%20applications&n=5&from=2023-01-01T00:00:00Z");

        var chunks = result.GetProperty("matched_chunks").Items().ToList();
        Assert.Equal(5, chunks.Count);
        Assert.All(chunks, c => Assert.Contains("integrat", c.GetProperty("matched_content").GetString()!, StringComparison.OrdinalIgnoreCase));
        Assert.All(Distances(result), d => Assert.InRange(d, 0.05, 0.4));
    }

    [Fact]
    public async Task UnrelatedQuestionsFindNothingInEitherSearch()
    {
        await using var app = new MockServerApp();
        var (store, storeId) = await app.PrimaryStoreClientAsync();
        var knowledge = app.KeyClient(await app.StartupKnowledgeKeyAsync());

        foreach (var question in UnrelatedQuestions)
        {
            var q = Uri.EscapeDataString(question);
            Assert.Empty(Distances(await knowledge.GetJsonAsync($"/api/v1/documents/search/?q={q}&n=10")));
            Assert.Empty(Distances(await store.GetJsonAsync($"/api/v1/vector-stores/{storeId}/documents/search?q={q}&n=10")));
        }
    }

    [Fact]
    public async Task AOneWordQuestionIsRelatedToItsChunksButNotCloseToThem()
    {
        await using var app = new MockServerApp();
        var knowledge = app.KeyClient(await app.StartupKnowledgeKeyAsync());

        var oneWord = Distances(await knowledge.GetJsonAsync("/api/v1/documents/search/?q=budget&n=5"));
        var question = Distances(await knowledge.GetJsonAsync("/api/v1/documents/search/?q=quarterly%20budget%20forecast%20spending&n=5"));

        Assert.NotEmpty(oneWord);
        Assert.True(oneWord[0] > question[0], $"one word {oneWord[0]}, a question {question[0]}");
        Assert.All(oneWord, d => Assert.InRange(d, 0.15, 0.4));
    }

    [Fact]
    public async Task ALowerThresholdLetsWeakerMatchesThrough()
    {
        await using var app = new MockServerApp();
        var (store, storeId) = await app.PrimaryStoreClientAsync();
        var url = $"/api/v1/vector-stores/{storeId}/documents/search?q=release%20security%20budget&n=50";

        var strict = Distances(await store.GetJsonAsync(url));
        var loose = Distances(await store.GetJsonAsync(url + "&t=0.3"));

        Assert.True(loose.Count > strict.Count, $"t=0.3 found {loose.Count}, the default {strict.Count}");
        Assert.All(loose, d => Assert.True(d <= 0.7));
    }

    [Fact]
    public async Task UserContextSteersAgenticSearchButNeverMakesAMatch()
    {
        await using var app = new MockServerApp();
        var (store, storeId) = await app.PrimaryStoreClientAsync();
        var url = $"/api/v1/vector-stores/{storeId}/documents/agentic_search";

        var plain = await store.PostAsync(url, ConformanceContext.Json(new { query = "integration endpoints", n_chunks = 10 }), TestContext.Current.CancellationToken);
        var steered = await store.PostAsync(url, ConformanceContext.Json(new { query = "integration endpoints", n_chunks = 10, user_context = "webhooks" }), TestContext.Current.CancellationToken);
        var contextOnly = await store.PostAsync(url, ConformanceContext.Json(new { query = "chocolate cake", n_chunks = 10, user_context = "webhooks" }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, steered.StatusCode);
        var steeredBody = await steered.JsonAsync();
        var first = steeredBody.GetProperty("matched_chunks")[0];
        Assert.Contains("webhook", first.GetProperty("matched_content").GetString()!, StringComparison.OrdinalIgnoreCase);
        Assert.True(Distances(steeredBody)[0] <= Distances(await plain.JsonAsync())[0]);
        Assert.Empty(Distances(await contextOnly.JsonAsync()));
    }
}
