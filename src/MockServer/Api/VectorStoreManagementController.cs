using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Fake.VectorStores;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Http.Authenticate;
using Rememberizer.Contract.MockServer.Http.Errors;
using WireStore = Rememberizer.Contract.Generated.Server.VectorStoreCreated;

namespace Rememberizer.Contract.MockServer.Api;

/// <summary>Creating vector stores, and the choices they offer, for a signed-in, verified user.</summary>
[ApiController]
[Authorize(Policy = AuthPolicies.VerifiedUser)]
public sealed class VectorStoreManagementController(VectorStoreChanges stores) : VectorStoreManagementControllerBase
{
    public override async Task<ActionResult<WireStore>> CreateVectorStore(VectorStoreCreate body)
    {
        var settings = VectorStoreChoices.Complete(
            body.Embedding_model is { } model ? WireEnums.Name(model) : null,
            body.Indexing_algorithm is { } algorithm ? WireEnums.Name(algorithm) : null,
            body.Vector_dimension,
            body.Search_metric is { } metric ? WireEnums.Name(metric) : null);
        if (VectorStoreChoices.Problem(settings) is { } problem)
        {
            return DrfErrors.Field(problem.Field, problem.Message);
        }

        if (await stores.CreateStoreAsync(body.Name, body.Description ?? "", settings, User.UserId()) is not { Store: var store })
        {
            // The user was deleted while this request was on its way: what its next request would get.
            await SessionAuthenticationHandler.WriteInvalidTokenAsync(HttpContext);
            return new EmptyResult();
        }

        return StatusCode(StatusCodes.Status201Created, new WireStore
        {
            Id = store.Id,
            Name = store.Name,
            Description = store.Description,
            Embedding_model = WireEnums.Parse<EmbeddingModel>(store.EmbeddingModel),
            Indexing_algorithm = WireEnums.Parse<IndexingAlgorithm>(store.IndexingAlgorithm),
            Vector_dimension = store.VectorDimension,
            Search_metric = WireEnums.Parse<SearchMetric>(store.SearchMetric),
            Created = store.Created,
            Modified = store.Modified,
            Api_key = store.ApiKey,
        });
    }

    public override Task<ActionResult<VectorStoreConfigs>> GetVectorStoreConfigs() =>
        Task.FromResult<ActionResult<VectorStoreConfigs>>(new VectorStoreConfigs
        {
            Embedding_models = [.. VectorStoreChoices.EmbeddingModels.Select(m => new EmbeddingModelConfig
            {
                Name = WireEnums.Parse<EmbeddingModel>(m.Name),
                Vector_dimension = m.Dimension,
            })],
            Indexing_algorithms = [.. VectorStoreChoices.IndexingAlgorithms.Select(a => new IndexingAlgorithmConfig
            {
                Name = WireEnums.Parse<IndexingAlgorithm>(a.Name),
                Label = a.Label,
            })],
            Search_metrics = [.. VectorStoreChoices.SearchMetrics.Select(m => new SearchMetricConfig
            {
                Name = WireEnums.Parse<SearchMetric>(m.Name),
                Label = m.Label,
            })],
        });
}
