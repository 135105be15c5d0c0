namespace Rememberizer.Contract.Fake.Fixtures;

/// <summary>
/// A fixture file as read: the world at its top level and its named scenarios, each a world of the same shape.
/// Every part keeps the JSON Pointer it was read at, so a later check can say where a problem is.
/// </summary>
public sealed record FixtureFile(WorldSpec World, IReadOnlyDictionary<string, WorldSpec> Scenarios)
{
    /// <summary>
    /// The world of <paramref name="scenario"/>, or of the top level without one. A scenario replaces the top level's
    /// users and stores, and takes its <c>clock</c> and <c>generated</c> from the top level unless it sets them.
    /// </summary>
    public WorldSpec Select(string? scenario)
    {
        if (scenario is null)
        {
            return World;
        }

        if (!Scenarios.TryGetValue(scenario, out var chosen))
        {
            var known = Scenarios.Count == 0 ? "The file has no scenarios." : $"Known: {string.Join(", ", Scenarios.Keys)}.";
            throw new FixtureRejectedException([new FixtureProblem("/scenarios", $"No scenario is named '{scenario}'. {known}")]);
        }

        return chosen with { Clock = chosen.Clock ?? World.Clock, Generated = chosen.Generated ?? World.Generated };
    }
}

public sealed record WorldSpec(DateTimeOffset? Clock, bool? Generated, IReadOnlyList<UserSpec> Users, IReadOnlyList<StoreSpec> VectorStores);

public sealed record UserSpec(
    string Pointer,
    int? Id,
    string Email,
    string? Password,
    string? PasswordHash,
    string? Name,
    bool EmailVerified,
    IReadOnlyList<DocumentSpec> Documents,
    IReadOnlyList<MementoSpec> Mementos,
    IReadOnlyList<KnowledgeSpec> Knowledge,
    IReadOnlyList<StoreSpec> VectorStores);

public sealed record DocumentSpec(
    string Pointer,
    int? Id,
    string Name,
    string? Text,
    string Integration,
    string? Source,
    string? Status,
    DateTimeOffset? IndexedOn,
    string? ErrorMessage,
    string? MimeType,
    string? Path,
    string? Url,
    string? SourceId,
    int? Size,
    DateTimeOffset? Created,
    DateTimeOffset? Modified,
    IReadOnlyList<MessageSpec>? Messages);

public sealed record MessageSpec(string User, DateTimeOffset Time, string Text, IReadOnlyList<MessageSpec> Replies);

/// <summary>A document or memento named in the file: by its name, or by its id (an export names by id when names repeat).</summary>
public sealed record Reference(string Pointer, string? Name, int? Id)
{
    public override string ToString() => Name ?? $"id {Id}";
}

public sealed record MementoSpec(string Pointer, int? Id, string Name, DateTimeOffset? Created, IReadOnlyList<Reference> Documents);

public sealed record KnowledgeSpec(string Pointer, int? Id, string Name, string? Description, Reference Memento, string? ApiKey, bool IsPublic, DateTimeOffset? Created);

public sealed record StoreSpec(
    string Pointer,
    string? Id,
    string Name,
    string? Description,
    DateTimeOffset? Created,
    IReadOnlyList<StoreKeySpec>? ApiKeys,
    IReadOnlyList<StoreDocumentSpec> Documents);

public sealed record StoreKeySpec(string Pointer, string? Id, string Name, string Key, DateTimeOffset? Created);

public sealed record StoreDocumentSpec(string Pointer, int? Id, string Name, string Text, string? MimeType, int? Size, DateTimeOffset? Created);
