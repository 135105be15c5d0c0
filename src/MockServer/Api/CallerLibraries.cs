using System.Security.Claims;
using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.Fake.Libraries;
using Rememberizer.Contract.MockServer.Http.Authenticate;

namespace Rememberizer.Contract.MockServer.Api;

/// <summary>
/// The part of a library the caller may read: the user's own library for a session, the published memento for
/// a common-knowledge key. Controllers behind the KnowledgeReader policy read documents only through this.
/// </summary>
public sealed class CallerLibraries(Library library, PublicationRegistry publications, KnowledgePublisher publisher)
{
    public LibraryView For(ClaimsPrincipal caller)
    {
        if (caller.KnowledgeId() is not { } knowledgeId)
        {
            return LibraryView.Whole(library, caller.UserId());
        }

        // Withdrawn between authentication and now: the key sees nothing rather than everything.
        return publications.Find(knowledgeId) is { } publication && publisher.ViewOf(publication) is { } view
            ? view
            : LibraryView.Published(library, caller.UserId(), mementoId: 0);
    }

    /// <summary>The knowledge behind the caller's key; null for a session.</summary>
    public Publication? KnowledgeOf(ClaimsPrincipal caller) => caller.KnowledgeId() is { } id ? publications.Find(id) : null;
}
