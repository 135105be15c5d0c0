using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Api;

[ApiController]
public sealed class CommonKnowledgeController : CommonKnowledgeControllerBase
{
    public override async Task<ActionResult<ICollection<CommonKnowledge>>> ListSubscribedCommonKnowledge() =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(ListSubscribedCommonKnowledge)));
}
