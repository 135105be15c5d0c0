using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.Fake.Libraries;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Http.Authenticate;

namespace Rememberizer.Contract.MockServer.Api;

/// <summary>
/// The subscribed list: the public knowledge the user subscribed to, then the knowledge the user published
/// (with its API key, which only its owner sees).
/// </summary>
[ApiController]
[Authorize(Policy = AuthPolicies.VerifiedUser)]
public sealed class CommonKnowledgeController(Library library, PublicationRegistry publications, UserStore users) : CommonKnowledgeControllerBase
{
    // Plausible values for what the fake does not model about a user's own publication.
    private const double OwnPriorityScore = 1.0;

    public override Task<ActionResult<ICollection<CommonKnowledge>>> ListSubscribedCommonKnowledge()
    {
        var userId = User.UserId();
        var mine = library.For(userId);
        ICollection<CommonKnowledge> list = [.. mine.Subscriptions.Select(s => new CommonKnowledge
        {
            Id = s.Knowledge.Id,
            Num_of_subscribers = s.Knowledge.Subscribers,
            Publisher_name = s.Knowledge.Publisher,
            Published_by_me = false,
            Subscribed_by_me = true,
            Size = SizeOf(mine, s.DocumentIds),
            Created = s.Knowledge.Created,
            Modified = s.Knowledge.Modified,
            Priority_score = s.Knowledge.PriorityScore,
            Name = s.Knowledge.Name,
            Description = s.Knowledge.Description,
            Image_url = s.Knowledge.ImageUrl is { } url ? new Uri(url) : null,
            Api_key = null,
            Is_sharing = true,
            Memento = s.Knowledge.MementoId,
            Document_ids = [.. s.DocumentIds],
        }), .. publications.OwnedBy(userId).Select(p => Published(mine, p))];
        return Task.FromResult<ActionResult<ICollection<CommonKnowledge>>>(new ActionResult<ICollection<CommonKnowledge>>(list));
    }

    private CommonKnowledge Published(UserLibrary mine, Publication publication)
    {
        var documentIds = mine.Mementos.DocumentIdsOf(publication.MementoId)?.Order().ToList() ?? [];
        return new CommonKnowledge
        {
            Id = publication.Id,
            Num_of_subscribers = 0,
            Publisher_name = users.Find(publication.OwnerId)?.Name ?? publication.OwnerEmail,
            Published_by_me = true,
            Subscribed_by_me = true,
            Size = SizeOf(mine, documentIds),
            Created = publication.Created,
            Modified = publication.Created,
            Priority_score = OwnPriorityScore,
            Name = publication.Name,
            Description = publication.Description,
            Image_url = null,
            Api_key = publication.ApiKey,
            Is_sharing = true,
            Memento = publication.MementoId,
            Document_ids = documentIds,
        };
    }

    private static int SizeOf(UserLibrary library, IEnumerable<int> documentIds) =>
        documentIds.Select(library.Documents.Find).Sum(d => d?.Size ?? 0);
}
