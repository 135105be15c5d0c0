using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Fake.VectorStores;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary>
/// A vector store's named API keys, which the real service makes and revokes in its web app (the store's
/// Configuration tab) and no documented endpoint reaches: list, create with a name, revoke. Each works until revoked.
/// </summary>
public static class VectorStoreKeyEndpoints
{
    private const int MaxNameLength = 255;

    public static IResult List(string id, [FromServices] VectorStoreRegistry stores) =>
        stores.Find(id) is null ? DetailResult.NotFound : Results.Ok(stores.KeysOf(id).Select(Describe));

    public static async Task<IResult> CreateAsync(string id, HttpRequest request, [FromServices] VectorStoreRegistry stores, [FromServices] VectorStoreChanges changes)
    {
        if (stores.Find(id) is null)
        {
            return DetailResult.NotFound;
        }

        var (body, rejection) = await ControlBody.ReadAsync(request);
        if (body is null)
        {
            return rejection!;
        }

        var name = body.String("name", required: true);
        if (name is { Length: > MaxNameLength })
        {
            body.Refuse("name", $"Ensure this field has no more than {MaxNameLength} characters.");
        }

        if (body.Errors.Count > 0)
        {
            return body.Rejection();
        }

        return await changes.CreateKeyAsync(id, name!) is { } key
            ? Results.Json(Describe(key), statusCode: StatusCodes.Status201Created)
            : DetailResult.NotFound; // the store went away meanwhile
    }

    public static async Task<IResult> RevokeAsync(string id, string keyId, [FromServices] VectorStoreChanges changes) =>
        await changes.RevokeKeyAsync(id, keyId) ? Results.NoContent() : DetailResult.NotFound;

    public static NamedKey Describe(StoreApiKey key) => new(key.Id, key.Name, key.ApiKey, key.Created);

    /// <summary>One item of <c>GET /_mock/vector-stores/{id}/keys</c>.</summary>
    public sealed record NamedKey(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("api_key")] string ApiKey,
        [property: JsonPropertyName("created")] DateTimeOffset Created);
}
