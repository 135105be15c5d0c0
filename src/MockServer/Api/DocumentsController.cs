using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Api;

[ApiController]
public sealed class DocumentsController : DocumentsControllerBase
{
    public override async Task<ActionResult<DocumentPage>> ListDocuments(int? page, int? page_size, DocumentIntegrationType? integration_type) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(ListDocuments)));

    public override async Task<ActionResult<DocumentSearchResult>> SearchDocuments(string q, int? n, System.DateTimeOffset? from, System.DateTimeOffset? to, int? prev_chunks, int? next_chunks) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(SearchDocuments)));

    public override async Task<ActionResult<DocumentContents>> GetDocumentContents(int document_id, int? start_chunk, int? end_chunk) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(GetDocumentContents)));

    public override async Task<IActionResult> MemorizeContent(MemorizeRequest body) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(MemorizeContent)));

    public override async Task<ActionResult<AgenticSearchResult>> AgenticSearchDocuments(AgenticSearchRequest body) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(AgenticSearchDocuments)));
}
