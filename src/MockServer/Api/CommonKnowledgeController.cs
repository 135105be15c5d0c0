using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Fake.Documents;
using Rememberizer.Contract.MockServer.Http.Auth;

namespace Rememberizer.Contract.MockServer.Api;

[ApiController]
[Authorize(Policy = AuthPolicies.VerifiedUser)]
public sealed class CommonKnowledgeController(Library library) : CommonKnowledgeControllerBase
{
    public override Task<ActionResult<ICollection<CommonKnowledge>>> ListSubscribedCommonKnowledge()
    {
        var mine = library.For(User.UserId());
        ICollection<CommonKnowledge> list = [.. mine.Subscriptions.Select(s => new CommonKnowledge
        {
            Id = s.Knowledge.Id,
            Num_of_subscribers = s.Knowledge.Subscribers,
            Publisher_name = s.Knowledge.Publisher,
            Published_by_me = false,
            Subscribed_by_me = true,
            Size = s.DocumentIds.Select(mine.Documents.Find).Sum(d => d?.Size ?? 0),
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
        })];
        return Task.FromResult<ActionResult<ICollection<CommonKnowledge>>>(new ActionResult<ICollection<CommonKnowledge>>(list));
    }
}
