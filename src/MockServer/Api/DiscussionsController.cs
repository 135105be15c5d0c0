using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.Integrations;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Http.Authenticate;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Api;

[ApiController]
[Authorize(Policy = AuthPolicies.KnowledgeReader)]
public sealed class DiscussionsController(CallerLibraries libraries, MockClock clock) : DiscussionsControllerBase
{
    private static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(7);

    public override Task<ActionResult<DiscussionContents>> GetDiscussionContents(int discussion_id, DiscussionIntegrationType integration_type, string? from, string? to, int? start_chunk)
    {
        if (!TimeParameter.TryParse(from, out var since) || !TimeParameter.TryParse(to, out var until))
        {
            return Task.FromResult<ActionResult<DiscussionContents>>(DrfErrors.Field(TimeParameter.TryParse(from, out _) ? "to" : "from", TimeParameter.Invalid));
        }

        var end = until ?? clock.GetUtcNow();
        // A week before a 'to' in the first week of year 1 is before any date: the window then starts at the first.
        var start = since ?? (end - DateTimeOffset.MinValue < DefaultWindow ? DateTimeOffset.MinValue : end - DefaultWindow);
        if (start > end)
        {
            return Task.FromResult<ActionResult<DiscussionContents>>(DrfErrors.Field("from", "Ensure from is not later than to."));
        }

        var platform = integration_type == DiscussionIntegrationType.Discord ? IntegrationTypes.Discord : IntegrationTypes.Slack;
        if (libraries.For(User).FindDiscussion(discussion_id) is not { } discussion || discussion.Platform != platform)
        {
            return Task.FromResult<ActionResult<DiscussionContents>>(DrfErrors.NotFound());
        }

        var window = discussion.Read(start, end, start_chunk ?? 0);
        return Task.FromResult<ActionResult<DiscussionContents>>(new DiscussionContents
        {
            Discussion_content = window.Content,
            Thread_contents = new Dictionary<string, string>(window.Threads),
            End_chunk = window.EndChunk,
        });
    }
}
