using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.Integrations;

namespace Rememberizer.Contract.Fake.Libraries;

/// <summary>
/// What one caller may read of a user's library: all of it for the user's own session, or only the documents of
/// one memento for a common-knowledge API key that publishes it. Memorizing through a published view also puts
/// the new text into that memento (<see cref="LibraryChanges.MemorizeAsync"/>), so the application that stored it
/// finds it again. Reads use the library as read at the start of the request.
/// </summary>
public sealed class LibraryView
{
    private readonly int _userId;
    private readonly int? _publishedMemento;
    private readonly IReadOnlySet<int>? _published;

    private LibraryView(Library owner, int userId, int? publishedMemento)
    {
        _userId = userId;
        Library = owner.For(userId);
        _publishedMemento = publishedMemento;
        // One snapshot per request: a memento edited meanwhile shows on the caller's next request.
        _published = publishedMemento is { } id ? Library.Mementos.DocumentIdsOf(id) ?? new HashSet<int>() : null;
    }

    public UserLibrary Library { get; }

    /// <summary>Whose library this is.</summary>
    public int UserId => _userId;

    /// <summary>The memento a common-knowledge key publishes, when the view is one; memorizing puts the text into it.</summary>
    public int? PublishedMemento => _publishedMemento;

    /// <summary>True when the view is a published memento rather than the owner's whole library.</summary>
    public bool IsPublished => _publishedMemento is not null;

    public static LibraryView Whole(Library owner, int userId) => new(owner, userId, null);

    public static LibraryView Published(Library owner, int userId, int mementoId) => new(owner, userId, mementoId);

    public bool CanSee(int documentId) => _published is null || _published.Contains(documentId);

    public Document? Find(int documentId) => CanSee(documentId) ? Library.Documents.Find(documentId) : null;

    public Discussion? FindDiscussion(int documentId) => CanSee(documentId) ? Library.FindDiscussion(documentId) : null;

    public (int Count, IReadOnlyList<Document> Items) Page(string? integrationType, int offset, int limit) =>
        Library.Documents.Page(integrationType, offset, limit, _published is null ? null : CanSee);

    public IReadOnlyList<SearchMatch> Search(SearchQuery query) => Library.Documents.Search(query, _published is null ? null : CanSee);

    /// <summary>
    /// The integrations with statistics over the visible documents. A published view lists only integrations
    /// holding a published document, and memorize, which it can write to.
    /// </summary>
    public IReadOnlyList<(Integration Integration, IntegrationStats Stats)> IntegrationsWithStats() =>
        [.. Library.IntegrationsWithStats(_published is null ? null : CanSee)
            .Where(entry => _published is null || entry.Stats.Count > 0 || entry.Integration.Type == IntegrationTypes.Memorize)];
}
