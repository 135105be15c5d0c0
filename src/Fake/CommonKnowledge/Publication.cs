namespace Rememberizer.Contract.Fake.CommonKnowledge;

/// <summary>
/// Knowledge a user published as a common knowledge: the memento it shares and the API key applications read
/// it with. The key acts for the owner and sees only the memento's documents. A public one can also be read,
/// not changed, by its id alone, as the per-knowledge MCP servers do.
/// </summary>
public sealed record Publication(
    int Id,
    string Name,
    string Description,
    int OwnerId,
    string OwnerEmail,
    int MementoId,
    string ApiKey,
    DateTimeOffset Created,
    bool IsPublic = false);
