using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Http.Authenticate;

namespace Rememberizer.Contract.MockServer.Api;

[ApiController]
[Authorize(Policy = AuthPolicies.KnowledgeReader)]
public sealed class IntegrationsController(CallerLibraries libraries) : IntegrationsControllerBase
{
    public override Task<ActionResult<IntegrationList>> ListIntegrations() =>
        Task.FromResult<ActionResult<IntegrationList>>(new IntegrationList
        {
            Data = [.. libraries.For(User).IntegrationsWithStats().Select(entry => new Integration
            {
                Id = entry.Integration.Id,
                Integration_type = entry.Integration.Type,
                Integration_step = entry.Integration.Step,
                Source = entry.Integration.Source,
                Document_type = entry.Integration.DocumentType,
                Document_stats = new DocumentStats
                {
                    Status = new DocumentStatusCounts { Indexed = entry.Stats.Indexed, Indexing = entry.Stats.Indexing, Error = entry.Stats.Error },
                    Total_size = entry.Stats.TotalSize,
                    Document_count = entry.Stats.Count,
                },
                Consent_time = entry.Integration.ConsentTime,
                Memory_config = null,
                Token_validity = entry.Integration.TokenValid,
            })],
            Message = "Integrations retrieved successfully.",
            Code = "success",
        });
}
