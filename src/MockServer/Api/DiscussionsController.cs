using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Api;

[ApiController]
public sealed class DiscussionsController : DiscussionsControllerBase
{
    public override async Task<ActionResult<DiscussionContents>> GetDiscussionContents(int discussion_id, DiscussionIntegrationType integration_type, System.DateTimeOffset? from, System.DateTimeOffset? to) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(GetDiscussionContents)));
}
