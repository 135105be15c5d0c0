namespace Rememberizer.Contract.Fake.VectorStores;

/// <summary>An embedding model a vector store can use, and the full dimension of its vectors.</summary>
public sealed record EmbeddingModelChoice(string Name, int Dimension);

/// <summary>A named option (indexing algorithm or search metric) and how the web app labels it.</summary>
public sealed record LabelledChoice(string Name, string Label);

/// <summary>How a new vector store embeds, indexes and compares: the request's values or the defaults.</summary>
public sealed record VectorStoreSettings(string EmbeddingModel, string IndexingAlgorithm, int VectorDimension, string SearchMetric);

/// <summary>
/// The choices the Vector Stores guide lists (OpenAI's text-embedding-3 models; IVFFLAT or HNSW; cosine, inner
/// product or L2), plus the model the docs' examples use. The first of each list is the default.
/// </summary>
public static class VectorStoreChoices
{
    public static IReadOnlyList<EmbeddingModelChoice> EmbeddingModels { get; } =
    [
        new("sentence-transformers/all-mpnet-base-v2", 768),
        new("openai/text-embedding-3-small", 1536),
        // The guide lists 1536 for the large model too (the model can shorten its 3072-dimension vectors).
        new("openai/text-embedding-3-large", 1536),
    ];

    public static IReadOnlyList<LabelledChoice> IndexingAlgorithms { get; } = [new("ivfflat", "IVFFLAT"), new("hnsw", "HNSW")];

    public static IReadOnlyList<LabelledChoice> SearchMetrics { get; } =
        [new("cosine_distance", "Cosine distance"), new("inner_product", "Inner product"), new("l2_distance", "L2 distance")];

    public static VectorStoreSettings Default { get; } =
        new(EmbeddingModels[0].Name, IndexingAlgorithms[0].Name, EmbeddingModels[0].Dimension, SearchMetrics[0].Name);

    /// <summary>Fills what the request left out with the defaults; the dimension defaults to the model's own.</summary>
    public static VectorStoreSettings Complete(string? embeddingModel, string? indexingAlgorithm, int? vectorDimension, string? searchMetric)
    {
        var model = embeddingModel ?? Default.EmbeddingModel;
        return new VectorStoreSettings(model, indexingAlgorithm ?? Default.IndexingAlgorithm,
            vectorDimension ?? DimensionOf(model), searchMetric ?? Default.SearchMetric);
    }

    /// <summary>Why the settings cannot make a store (field → message), or null when they can.</summary>
    public static (string Field, string Message)? Problem(VectorStoreSettings settings)
    {
        var dimension = DimensionOf(settings.EmbeddingModel);
        return settings.VectorDimension > dimension
            ? ("vector_dimension", $"Ensure this value is at most {dimension} for {settings.EmbeddingModel}.")
            : null;
    }

    private static int DimensionOf(string model) =>
        EmbeddingModels.FirstOrDefault(m => m.Name == model)?.Dimension ?? throw new ArgumentException($"Unknown embedding model {model}.", nameof(model));
}
