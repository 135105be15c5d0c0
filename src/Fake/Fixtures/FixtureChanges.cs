using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.State;
using Rememberizer.Contract.Fake.VectorStores;

namespace Rememberizer.Contract.Fake.Fixtures;

/// <summary>
/// A fixture loaded as the tenant's whole state, in one recorded change that follows a reset in the same append: the
/// world with every id, password hash, key and date already decided, so every process sharing the log builds the
/// same one. <see cref="Source"/> is the file (as JSON) with all its scenarios, so any process can list and switch
/// them; <see cref="Digest"/> tells a start-up whether this file and scenario are what is loaded already.
/// </summary>
public sealed record FixtureLoaded(SeededWorld World, string Source, string? Scenario, string Digest) : StateEvent;

/// <summary>A fixture's world, decided: what applying it puts in each part of the state.</summary>
public sealed record SeededWorld(
    bool Generated,
    TimeSpan? ClockOffset,
    IReadOnlyList<SeededUser> Users,
    IReadOnlyList<SeededKnowledge> Knowledge,
    IReadOnlyList<SeededStore> Stores);

public sealed record SeededUser(
    int Id,
    string Email,
    string Name,
    string PasswordHash,
    bool EmailVerified,
    DateTimeOffset ConnectedAt,
    IReadOnlyList<SeededIntegration> Integrations,
    IReadOnlyList<SeededDocument> Documents,
    IReadOnlyList<SeededMemento> Mementos);

public sealed record SeededIntegration(int Id, string Type, string Source, string DocumentType);

public sealed record SeededDocument(
    int Id,
    int IntegrationId,
    string Name,
    string MimeType,
    string Path,
    string? Url,
    string SourceId,
    int Size,
    DateTimeOffset Created,
    DateTimeOffset Modified,
    string Text,
    IReadOnlyList<ChatMessage>? Messages,
    DocumentState State,
    DateTimeOffset? IndexedOn,
    string? ErrorMessage);

public sealed record SeededMemento(int Id, string Name, DateTimeOffset Created, IReadOnlyList<int> DocumentIds);

public sealed record SeededKnowledge(int Id, string Name, string Description, int OwnerId, string OwnerEmail, int MementoId, string ApiKey, DateTimeOffset Created, bool IsPublic);

public sealed record SeededStore(string Id, string Name, string Description, DateTimeOffset Created, int? OwnerId, IReadOnlyList<StoreApiKey> Keys, IReadOnlyList<SeededStoreDocument> Documents);

public sealed record SeededStoreDocument(int Id, string Name, string MimeType, string Text, int Size, DateTimeOffset Created);

public static class FixtureChangeNames
{
    public static ChangeNames AddFixtureChanges(this ChangeNames names) => names.Add<FixtureLoaded>("fixture_loaded");
}
