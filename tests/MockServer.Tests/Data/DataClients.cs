using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Rememberizer.Contract.Fake.VectorStores;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Data;

/// <summary>Clients for the data endpoints: API-key clients for vector stores, JSON helpers for the rest.</summary>
public static class DataClients
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A client carrying the start-up store's key, read from the control API as a developer would.</summary>
    public static async Task<(HttpClient Client, string StoreId)> PrimaryStoreClientAsync(this MockServerApp app)
    {
        var store = await app.CreateBareClient().GetFromJsonAsync<JsonElement>("/_mock/vector-store", Ct);
        return (app.KeyClient(store.GetProperty("api_key").GetString()!), store.GetProperty("id").GetString()!);
    }

    /// <summary>A second store, made in the fake, and a client with its key.</summary>
    public static async Task<(HttpClient Client, string StoreId)> SecondStoreClientAsync(this MockServerApp app)
    {
        var store = (await app.TenantServices.GetRequiredService<VectorStoreChanges>().CreateStoreAsync("Second store", "Made by a test."))!.Store;
        return (app.KeyClient(store.ApiKey), store.Id);
    }

    /// <summary>The key of the common knowledge that exists from start-up, read from the control API.</summary>
    public static async Task<string> StartupKnowledgeKeyAsync(this MockServerApp app) =>
        (await app.CreateBareClient().GetJsonAsync("/_mock/common-knowledge"))[0].GetProperty("api_key").GetString()!;

    /// <summary>Publishes a user's memento (or, without one, everything the user has) and returns the new key.</summary>
    public static async Task<(string ApiKey, int Id, int MementoId)> PublishAsync(this MockServerApp app, string ownerEmail, string name, int? mementoId = null)
    {
        var response = await app.CreateBareClient().PostAsJsonAsync("/_mock/common-knowledge", new { owner_email = ownerEmail, name, memento_id = mementoId }, Ct);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        return (body.GetProperty("api_key").GetString()!, body.GetProperty("id").GetInt32(), body.GetProperty("memento_id").GetInt32());
    }

    public static HttpClient KeyClient(this MockServerApp app, string apiKey)
    {
        var client = app.CreateBareClient();
        client.DefaultRequestHeaders.Add("x-api-key", apiKey);
        return client;
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url) =>
        await client.GetFromJsonAsync<JsonElement>(url, Ct);

    public static IEnumerable<JsonElement> Items(this JsonElement array) => array.EnumerateArray();
}
