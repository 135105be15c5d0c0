using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.Integrations;
using Rememberizer.Contract.Fake.Libraries;
using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.CommonKnowledge;

/// <summary>What publishing decided: the new knowledge, or why nothing was published (field → message).</summary>
public sealed record PublishResult(Publication? Publication, IReadOnlyDictionary<string, string> Errors)
{
    /// <summary>The id a publication was recorded with, until it is read back.</summary>
    internal int? PublishedId { get; init; }
}

/// <summary>What a <c>public-ck-id</c> reads: the public knowledge, or why none.</summary>
public sealed record PublicRead(Publication? Publication, PublicReadRefusal? Refusal);

public enum PublicReadRefusal
{
    Unknown,
    NotPublic,
}

/// <summary>
/// Publishes a user's memento as common knowledge, gives it a new key or withdraws it — each a change decided
/// through the tenant's <see cref="StateJournal"/> — and turns a key back into what it may read. A knowledge whose
/// memento the owner deleted publishes nothing any more, so its key is treated as revoked.
/// </summary>
public sealed class KnowledgePublisher(UserStore users, Library library, PublicationRegistry registry, StateJournal journal, MockClock clock)
{
    public const string UnknownOwner = "No user has this e-mail address.";
    public const string UnknownMemento = "The owner has no memento with this id.";

    internal void Apply(KnowledgeChange change)
    {
        switch (change)
        {
            case KnowledgePublished p:
                registry.Add(new Publication(p.Id, p.Name, p.Description, p.OwnerId, p.OwnerEmail, p.MementoId, p.ApiKey, p.At));
                break;
            case KnowledgeKeyRegenerated r:
                registry.ReplaceKey(r.Id, r.ApiKey);
                break;
            case KnowledgeWithdrawn w:
                registry.Remove(w.Id);
                break;
            case KnowledgeVisibilityChanged v:
                registry.Replace(v.Id, p => p with { IsPublic = v.IsPublic });
                break;
        }
    }

    /// <summary>
    /// Publishes <paramref name="mementoId"/> of the owner, or, without one, a new memento named like the
    /// knowledge holding every document the owner has (subscribed knowledge excepted: it is not theirs to share).
    /// A given key already in use names the existing knowledge instead: one key never reaches two. A rejected call
    /// changes nothing.
    /// </summary>
    public async Task<PublishResult> PublishAsync(string ownerEmail, string name, int? mementoId, string? description = null, string? apiKey = null, bool isPublic = false)
    {
        var key = apiKey ?? PublicationRegistry.NewKey();
        var outcome = await journal.DecideAsync(() =>
        {
            if (apiKey is not null && registry.FindByKey(apiKey) is { } existing)
            {
                return Decision<PublishResult>.Refuse(new PublishResult(existing, NoErrors));
            }

            if (users.FindByEmail(ownerEmail) is not { } owner)
            {
                return Decision<PublishResult>.Refuse(Refused("owner_email", UnknownOwner));
            }

            var mine = library.For(owner.Id);
            if (mementoId is { } id && mine.Mementos.Find(id) is null)
            {
                return Decision<PublishResult>.Refuse(Refused("memento_id", UnknownMemento));
            }

            var now = clock.GetUtcNow();
            var changes = new List<StateEvent>();
            var memento = mementoId ?? mine.Ids.PeekMemento();
            if (mementoId is null)
            {
                var everything = mine.Documents.All().Where(d => d.IntegrationType != IntegrationTypes.CommonKnowledge).Select(d => d.Id).ToList();
                changes.Add(new MementoCreated(owner.Id, memento, name, now, everything));
            }

            var published = new KnowledgePublished(registry.NextId, name, description ?? $"{name}, shared by {owner.Name}.", owner.Id, owner.Email, memento, key, now);
            changes.Add(published);
            if (isPublic)
            {
                changes.Add(new KnowledgeVisibilityChanged(published.Id, IsPublic: true));
            }

            return Decision<PublishResult>.Change(new PublishResult(null, NoErrors) { PublishedId = published.Id }, [.. changes]);
        });
        return outcome.PublishedId is { } publishedId ? outcome with { Publication = registry.Find(publishedId) } : outcome;
    }

    /// <summary>Gives the knowledge a new key; the old one stops working at once, as in the web app. Null when there is none.</summary>
    public async Task<Publication?> RegenerateKeyAsync(int id)
    {
        var key = PublicationRegistry.NewKey();
        var found = await journal.DecideAsync(() => registry.Find(id) is null
            ? Decision<bool>.Refuse(false)
            : Decision<bool>.Change(true, new KnowledgeKeyRegenerated(id, key)));
        return found ? registry.Find(id) : null;
    }

    /// <summary>Makes the knowledge readable by its id alone, or no longer. Null when there is none.</summary>
    public async Task<Publication?> SetPublicAsync(int id, bool isPublic)
    {
        var found = await journal.DecideAsync(() => registry.Find(id) is not { } publication
            ? Decision<bool>.Refuse(false)
            : publication.IsPublic == isPublic
                ? Decision<bool>.Refuse(true)
                : Decision<bool>.Change(true, new KnowledgeVisibilityChanged(id, isPublic)));
        return found ? registry.Find(id) : null;
    }

    /// <summary>
    /// What a <c>public-ck-id</c> names: a public knowledge and the documents it publishes, or why it reads nothing
    /// (no knowledge has this id, or its owner did not make it public).
    /// </summary>
    public PublicRead ResolvePublic(string id)
    {
        if (!int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var knowledgeId)
            || registry.Find(knowledgeId) is not { } publication
            || ViewOf(publication) is null)
        {
            return new PublicRead(null, PublicReadRefusal.Unknown);
        }

        return publication.IsPublic ? new PublicRead(publication, null) : new PublicRead(null, PublicReadRefusal.NotPublic);
    }

    /// <summary>Removes the knowledge; its key stops working at once. False when there is none.</summary>
    public Task<bool> WithdrawAsync(int id) => journal.DecideAsync(() => registry.Find(id) is null
        ? Decision<bool>.Refuse(false)
        : Decision<bool>.Change(true, new KnowledgeWithdrawn(id)));

    /// <summary>The knowledge a key belongs to and the documents it may read; null for an unknown or revoked key.</summary>
    public (Publication Publication, LibraryView View)? Resolve(string apiKey) =>
        registry.FindByKey(apiKey) is { } publication && ViewOf(publication) is { } view ? (publication, view) : null;

    /// <summary>Deletes one of the user's mementos and withdraws the knowledge that published it, whose key then stops working.</summary>
    public Task<bool> DeleteMementoAsync(int ownerId, int mementoId) => journal.DecideAsync(() =>
        library.For(ownerId).Mementos.Find(mementoId) is null
            ? Decision<bool>.Refuse(false)
            : Decision<bool>.Change(true, [
                new MementoDeleted(ownerId, mementoId),
                .. registry.OwnedBy(ownerId).Where(p => p.MementoId == mementoId).Select(p => new KnowledgeWithdrawn(p.Id)),
            ]));

    public LibraryView? ViewOf(Publication publication)
    {
        return library.For(publication.OwnerId).Mementos.DocumentIdsOf(publication.MementoId) is null
            ? null
            : LibraryView.Published(library, publication.OwnerId, publication.MementoId);
    }

    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    private static PublishResult Refused(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });
}
