using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.Fake.VectorStores;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary>
/// The API keys no public endpoint reveals (the real service shows them in its web app): the vector stores' keys,
/// and the published common knowledge with its keys, which can also be published, regenerated and withdrawn.
/// </summary>
public static class KeyEndpoints
{
    public static IResult StartupVectorStore([FromServices] VectorStoreRegistry stores) => stores.Primary is { } primary
        ? Results.Ok(Describe(primary.Store, stores))
        : new DetailResult(StatusCodes.Status404NotFound, "No vector store exists from start-up: the loaded fixture has none.");

    public static IResult VectorStores([FromServices] VectorStoreRegistry stores) => Results.Ok(stores.All.Select(store => Describe(store, stores)));

    public static IResult Knowledge([FromServices] PublicationRegistry registry) => Results.Ok(registry.All().Select(Describe));

    public static async Task<IResult> PublishAsync(HttpRequest request, [FromServices] KnowledgePublisher publisher)
    {
        var (body, rejection) = await ControlBody.ReadAsync(request);
        if (body is null)
        {
            return rejection!;
        }

        var ownerEmail = body.String("owner_email", required: true);
        var name = body.String("name", required: true);
        var mementoId = body.Integer("memento_id");
        var isPublic = body.Boolean("is_public");
        if (name is { Length: > 255 })
        {
            body.Refuse("name", "Ensure this field has no more than 255 characters.");
        }

        if (body.Errors.Count > 0)
        {
            return body.Rejection();
        }

        var result = await publisher.PublishAsync(ownerEmail!, name!, mementoId, isPublic: isPublic ?? false);
        return result.Publication is { } publication
            ? Results.Json(Describe(publication), statusCode: StatusCodes.Status201Created)
            : new FieldErrorsResult(result.Errors.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)[e.Value]));
    }

    public static async Task<IResult> RegenerateKnowledgeKeyAsync(int id, [FromServices] KnowledgePublisher publisher) =>
        await publisher.RegenerateKeyAsync(id) is { } renewed ? Results.Ok(Describe(renewed)) : DetailResult.NotFound;

    /// <summary><c>PATCH /_mock/common-knowledge/{id}</c> with <c>{"is_public": bool}</c>: whether its id alone reads it.</summary>
    public static async Task<IResult> ChangeKnowledgeAsync(int id, HttpRequest request, [FromServices] KnowledgePublisher publisher)
    {
        var (body, rejection) = await ControlBody.ReadAsync(request);
        if (body is null)
        {
            return rejection!;
        }

        var isPublic = body.Boolean("is_public", required: true);
        if (body.Errors.Count > 0)
        {
            return body.Rejection();
        }

        return await publisher.SetPublicAsync(id, isPublic!.Value) is { } changed ? Results.Ok(Describe(changed)) : DetailResult.NotFound;
    }

    public static async Task<IResult> WithdrawKnowledgeAsync(int id, [FromServices] KnowledgePublisher publisher) =>
        await publisher.WithdrawAsync(id) ? Results.NoContent() : DetailResult.NotFound;

    private static PublishedKnowledge Describe(Publication publication) =>
        new(publication.Id, publication.Name, publication.OwnerEmail, publication.MementoId, publication.ApiKey, publication.IsPublic);

    /// <summary>One item of <c>GET /_mock/common-knowledge</c>.</summary>
    public sealed record PublishedKnowledge(
        [property: JsonPropertyName("id")] int Id,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("owner_email")] string OwnerEmail,
        [property: JsonPropertyName("memento_id")] int MementoId,
        [property: JsonPropertyName("api_key")] string ApiKey,
        [property: JsonPropertyName("is_public")] bool IsPublic);

    private static VectorStoreKey Describe(VectorStore store, VectorStoreRegistry stores) =>
        new(store.Id, store.Name, stores.WorkingKeyOf(store.Id), [.. stores.KeysOf(store.Id).Select(VectorStoreKeyEndpoints.Describe)]);

    /// <summary>
    /// The wire shape of <c>GET /_mock/vector-store</c> and of each item of <c>GET /_mock/vector-stores</c>:
    /// <c>api_key</c> is the first key that works (null once every key is revoked), <c>keys</c> all of them.
    /// </summary>
    public sealed record VectorStoreKey(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("api_key")] string? ApiKey,
        [property: JsonPropertyName("keys")] IReadOnlyList<VectorStoreKeyEndpoints.NamedKey> Keys);
}
