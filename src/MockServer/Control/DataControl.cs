using Microsoft.Extensions.Options;
using Rememberizer.Contract.MockServer.Fake.CommonKnowledge;
using Rememberizer.Contract.MockServer.Fake.Seed;
using Rememberizer.Contract.MockServer.Fake.VectorStores;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary>Control routes of the data fake: the vector stores and their API keys, which no public endpoint reveals.</summary>
public static class DataControl
{
    public static RouteGroupBuilder MapDataControl(this RouteGroupBuilder group)
    {
        group.MapGet("/vector-store", (VectorStoreRegistry stores) => Results.Ok(Describe(stores.Primary.Store)));
        group.MapGet("/vector-stores", (VectorStoreRegistry stores) => Results.Ok(stores.All.Select(Describe)));
        return group;
    }

    /// <summary>The seed and the start-up keys (vector store, common knowledge), for the start-up line.</summary>
    public static string StartupSummary(IServiceProvider services)
    {
        var store = services.GetRequiredService<VectorStoreRegistry>().Primary.Store;
        var seed = services.GetRequiredService<IOptions<DataOptions>>().Value.Seed;
        var knowledge = services.GetRequiredService<PublicationRegistry>().All().FirstOrDefault();
        var knowledgeKey = knowledge is null ? "" : $"; common knowledge \"{knowledge.Name}\", X-API-Key {knowledge.ApiKey}";
        return $"data seed {seed}; vector store {store.Id}, x-api-key {store.ApiKey}{knowledgeKey}";
    }

    private static VectorStoreKey Describe(VectorStore store) => new(store.Id, store.Name, store.ApiKey);

    /// <summary>The wire shape of <c>GET /_mock/vector-store</c>.</summary>
    public sealed record VectorStoreKey(
        [property: System.Text.Json.Serialization.JsonPropertyName("id")] string Id,
        [property: System.Text.Json.Serialization.JsonPropertyName("name")] string Name,
        [property: System.Text.Json.Serialization.JsonPropertyName("api_key")] string ApiKey);
}
