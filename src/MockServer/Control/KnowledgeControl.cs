using System.Text.Json.Serialization;
using Rememberizer.Contract.MockServer.Fake.CommonKnowledge;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary>
/// <c>/_mock/common-knowledge</c>: the published knowledge and its API keys, which the real service shows only
/// in its web app. List, publish, regenerate a key, withdraw.
/// </summary>
public static class KnowledgeControl
{
    public static RouteGroupBuilder MapKnowledgeControl(this RouteGroupBuilder group)
    {
        group.MapGet("/common-knowledge", (PublicationRegistry registry) => Results.Ok(registry.All().Select(Describe)));
        group.MapPost("/common-knowledge", Publish);
        group.MapPost("/common-knowledge/{id:int}/regenerate-key", (int id, PublicationRegistry registry) =>
            registry.RegenerateKey(id) is { } renewed ? Results.Ok(Describe(renewed)) : NotFound());
        group.MapDelete("/common-knowledge/{id:int}", (int id, PublicationRegistry registry) =>
            registry.Withdraw(id) ? Results.NoContent() : NotFound());
        return group;
    }

    private static async Task<IResult> Publish(HttpRequest request, KnowledgePublisher publisher)
    {
        var (body, rejection) = await ControlBody.ReadAsync(request);
        if (body is null)
        {
            return rejection!;
        }

        var ownerEmail = body.String("owner_email", required: true);
        var name = body.String("name", required: true);
        var mementoId = body.Integer("memento_id");
        if (name is { Length: > 255 })
        {
            body.Refuse("name", "Ensure this field has no more than 255 characters.");
        }

        if (body.Errors.Count > 0)
        {
            return body.Rejection();
        }

        var result = publisher.Publish(ownerEmail!, name!, mementoId);
        return result.Publication is { } publication
            ? Results.Json(Describe(publication), statusCode: StatusCodes.Status201Created)
            : new FieldErrorsResult(result.Errors.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)[e.Value]));
    }

    private static IResult NotFound() => Results.Json(DrfErrors.Body(DrfErrors.NotFoundText), statusCode: StatusCodes.Status404NotFound);

    private static PublishedKnowledge Describe(Publication publication) =>
        new(publication.Id, publication.Name, publication.OwnerEmail, publication.MementoId, publication.ApiKey);

    /// <summary>One item of <c>GET /_mock/common-knowledge</c>.</summary>
    public sealed record PublishedKnowledge(
        [property: JsonPropertyName("id")] int Id,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("owner_email")] string OwnerEmail,
        [property: JsonPropertyName("memento_id")] int MementoId,
        [property: JsonPropertyName("api_key")] string ApiKey);
}
