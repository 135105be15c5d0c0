using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.CommonKnowledge;

/// <summary>A change to published common knowledge and its keys, which <see cref="KnowledgePublisher"/> applies.</summary>
public abstract record KnowledgeChange : StateEvent;

public sealed record KnowledgePublished(int Id, string Name, string Description, int OwnerId, string OwnerEmail, int MementoId, string ApiKey, DateTimeOffset At) : KnowledgeChange;

public sealed record KnowledgeKeyRegenerated(int Id, string ApiKey) : KnowledgeChange;

public sealed record KnowledgeWithdrawn(int Id) : KnowledgeChange;

/// <summary>A public knowledge can be read by its id alone (the <c>public-ck-id</c> header), without its key.</summary>
public sealed record KnowledgeVisibilityChanged(int Id, bool IsPublic) : KnowledgeChange;

public static class KnowledgeChangeNames
{
    public static ChangeNames AddKnowledgeChanges(this ChangeNames names) => names
        .Add<KnowledgePublished>("knowledge_published")
        .Add<KnowledgeKeyRegenerated>("knowledge_key_regenerated")
        .Add<KnowledgeWithdrawn>("knowledge_withdrawn")
        .Add<KnowledgeVisibilityChanged>("knowledge_visibility_changed");
}
