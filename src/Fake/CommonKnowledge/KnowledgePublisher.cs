using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.Integrations;

namespace Rememberizer.Contract.Fake.CommonKnowledge;

/// <summary>What publishing decided: the new knowledge, or why nothing was published (field → message).</summary>
public sealed record PublishResult(Publication? Publication, IReadOnlyDictionary<string, string> Errors);

/// <summary>
/// Publishes a user's memento as common knowledge, and turns a key back into what it may read. A knowledge whose
/// memento the owner deleted publishes nothing any more, so its key is treated as revoked.
/// </summary>
public sealed class KnowledgePublisher(UserStore users, Library library, PublicationRegistry registry)
{
    public const string UnknownOwner = "No user has this e-mail address.";
    public const string UnknownMemento = "The owner has no memento with this id.";

    /// <summary>
    /// Publishes <paramref name="mementoId"/> of the owner, or, without one, a new memento named like the
    /// knowledge holding every document the owner has (subscribed knowledge excepted: it is not theirs to share).
    /// A rejected call changes nothing.
    /// </summary>
    public PublishResult Publish(string ownerEmail, string name, int? mementoId, string? description = null, string? apiKey = null)
    {
        if (users.FindByEmail(ownerEmail) is not { } owner)
        {
            return Refused("owner_email", UnknownOwner);
        }

        var mine = library.ForChange(owner.Id);
        if (mementoId is { } id && mine.Mementos.Find(id) is null)
        {
            return Refused("memento_id", UnknownMemento);
        }

        var memento = mementoId ?? mine.Mementos.Create(name, documentIds: mine.Documents.All()
            .Where(d => d.IntegrationType != IntegrationTypes.CommonKnowledge)
            .Select(d => d.Id)).Id;
        var publication = registry.Publish(owner.Id, owner.Email, name, description ?? $"{name}, shared by {owner.Name}.", memento, apiKey);
        return new PublishResult(publication, new Dictionary<string, string>());
    }

    /// <summary>The knowledge a key belongs to and the documents it may read; null for an unknown or revoked key.</summary>
    public (Publication Publication, LibraryView View)? Resolve(string apiKey) =>
        registry.FindByKey(apiKey) is { } publication && ViewOf(publication) is { } view ? (publication, view) : null;

    /// <summary>Deletes one of the user's mementos and withdraws the knowledge that published it, whose key then stops working.</summary>
    public bool DeleteMemento(int ownerId, int mementoId)
    {
        if (!library.ForChange(ownerId).Mementos.Delete(mementoId))
        {
            return false;
        }

        registry.WithdrawMemento(ownerId, mementoId);
        return true;
    }

    public LibraryView? ViewOf(Publication publication)
    {
        return library.For(publication.OwnerId).Mementos.DocumentIdsOf(publication.MementoId) is null
            ? null
            : LibraryView.Published(library, publication.OwnerId, publication.MementoId);
    }

    private static PublishResult Refused(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });
}
