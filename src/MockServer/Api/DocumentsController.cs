using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.Integrations;
using Rememberizer.Contract.Fake.Libraries;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Api.Pagination;
using Rememberizer.Contract.MockServer.Http.Authenticate;
using Rememberizer.Contract.MockServer.Http.Errors;
using FakeDocument = Rememberizer.Contract.Fake.Documents.Document;

namespace Rememberizer.Contract.MockServer.Api;

/// <summary>Documents, search, contents and memorize, for a session or a common-knowledge key.</summary>
[ApiController]
[Authorize(Policy = AuthPolicies.KnowledgeReader)]
public sealed class DocumentsController(CallerLibraries libraries, LibraryChanges changes) : DocumentsControllerBase
{
    /// <summary>Agentic search has no neighbour parameters; it returns the matching chunks alone.</summary>
    private const int AgenticNeighbours = 0;

    // A document's link is parsed once, not on every page that lists it (measured: a twelfth of GET /documents/'s
    // allocations, and Uri's parsing); kept as long as the document's own string is, and Uri never changes.
    private static readonly ConditionalWeakTable<string, Uri> Links = new();

    private LibraryView Mine => libraries.For(User);

    public override Task<ActionResult<DocumentPage>> ListDocuments(int? page, int? page_size, DocumentIntegrationType? integration_type)
    {
        var request = PageRequest.From(page, page_size);
        var (count, items) = Mine.Page(TypeName(integration_type), request.Offset, request.Size);
        if (!request.ExistsFor(count))
        {
            return Task.FromResult<ActionResult<DocumentPage>>(Paginator.InvalidPage());
        }

        return Task.FromResult<ActionResult<DocumentPage>>(new DocumentPage
        {
            Count = count,
            Next = Paginator.Next(Request, request, count),
            Previous = Paginator.Previous(Request, request),
            Results = [.. items.Select(ListItem)],
        });
    }

    public override Task<ActionResult<DocumentSearchResult>> SearchDocuments(string q, int? n, DateTimeOffset? from, DateTimeOffset? to, int? prev_chunks, int? next_chunks)
    {
        var matches = Mine.Search(new SearchQuery(q, n ?? 3, from, to, prev_chunks ?? 2, next_chunks ?? 2));
        return Task.FromResult<ActionResult<DocumentSearchResult>>(new DocumentSearchResult
        {
            Data_sources = DataSources(matches),
            Matched_chunks = [.. matches.Select(Chunk)],
        });
    }

    public override Task<ActionResult<DocumentContents>> GetDocumentContents(int document_id, int? start_chunk, int? end_chunk, string? from, string? to)
    {
        // A document's chunks carry no dates: the window some Slack readers send is checked, and reads every chunk.
        if (!TimeParameter.TryParse(from, out _) || !TimeParameter.TryParse(to, out _))
        {
            return Task.FromResult<ActionResult<DocumentContents>>(DrfErrors.Field(TimeParameter.TryParse(from, out _) ? "to" : "from", TimeParameter.Invalid));
        }

        var start = start_chunk ?? 0;
        if (end_chunk < start)
        {
            return Task.FromResult<ActionResult<DocumentContents>>(DrfErrors.Field("end_chunk", "Ensure end_chunk is greater than or equal to start_chunk."));
        }

        if (Mine.Find(document_id) is not { } document)
        {
            return Task.FromResult<ActionResult<DocumentContents>>(DrfErrors.NotFound());
        }

        var range = ChunkRange.Read(document.Chunks, start, end_chunk);
        return Task.FromResult<ActionResult<DocumentContents>>(new DocumentContents { Content = range.Content, End_chunk = range.End });
    }

    [Authorize(Policy = AuthPolicies.KnowledgeWriter)]
    public override async Task<ActionResult<MemorizeResponse>> MemorizeContent(MemorizeRequest body)
    {
        if (await changes.MemorizeAsync(Mine, body.Name, body.Content) is not { } document)
        {
            // The key's knowledge was withdrawn after the key was checked: the key is no longer valid.
            return DrfErrors.Detail(StatusCodes.Status401Unauthorized, ApiKeyAuthenticationHandler.InvalidKeyText);
        }

        return StatusCode(StatusCodes.Status201Created, new MemorizeResponse
        {
            Data = [ListItem(document)],
            Message = "Content memorized successfully.",
            Code = "success",
        });
    }

    public override Task<ActionResult<AgenticSearchResult>> AgenticSearchDocuments(AgenticSearchRequest body)
    {
        var matches = Mine.Search(new SearchQuery(body.Query, body.N_chunks ?? 10, body.From, body.To, AgenticNeighbours, AgenticNeighbours, body.User_context));
        return Task.FromResult<ActionResult<AgenticSearchResult>>(new AgenticSearchResult
        {
            Data_sources = DataSources(matches),
            Matched_chunks = [.. matches.Select(Chunk)],
            Result = AgenticSummary.Result(body.Query, matches),
            Metadata = AgenticSummary.Metadata(body.Query, matches),
            Message = AgenticSummary.Completed,
        });
    }

    private static string? TypeName(DocumentIntegrationType? type) => type switch
    {
        null => null,
        DocumentIntegrationType.Google_drive => IntegrationTypes.GoogleDrive,
        DocumentIntegrationType.Slack => IntegrationTypes.Slack,
        DocumentIntegrationType.Discord => IntegrationTypes.Discord,
        DocumentIntegrationType.Dropbox => IntegrationTypes.Dropbox,
        DocumentIntegrationType.Gmail => IntegrationTypes.Gmail,
        DocumentIntegrationType.Common_knowledge => IntegrationTypes.CommonKnowledge,
        _ => IntegrationTypes.Memorize,
    };

    private static Uri? LinkOf(string? url) => url is null ? null : Links.GetValue(url, static link => new Uri(link));

    private static List<DataSourceCount> DataSources(IReadOnlyList<SearchMatch> matches) =>
        [.. matches.DistinctBy(m => m.Document.Id)
            .CountBy(m => m.Document.IntegrationType)
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new DataSourceCount { Name = c.Key, Documents = c.Value })];

    private static MatchedChunk Chunk(SearchMatch match) => new()
    {
        Document = new SearchDocument
        {
            Id = match.Document.Id,
            Document_id = match.Document.SourceId,
            Name = match.Document.Name,
            Type = match.Document.MimeType,
            Path = match.Document.Path,
            Url = LinkOf(match.Document.Url),
            Size = match.Document.Size,
            Created_time = match.Document.Created,
            Modified_time = match.Document.Modified,
            Indexed_on = match.Document.IndexedOn,
            Integration = new IntegrationRef { Id = match.Document.IntegrationId, Integration_type = match.Document.IntegrationType },
        },
        Matched_content = match.Content,
        Distance = match.Distance,
    };

    private static DocumentListItem ListItem(FakeDocument document) => new()
    {
        Id = document.Id,
        Pk = document.Id,
        Document_id = document.SourceId,
        Name = document.Name,
        Type = document.MimeType,
        Path = document.Path,
        Url = LinkOf(document.Url),
        Integration_type = document.IntegrationType,
        Source = document.Source,
        Status = document.State switch
        {
            DocumentState.Indexing => DocumentStatus.Indexing,
            DocumentState.Error => DocumentStatus.Error,
            _ => DocumentStatus.Indexed,
        },
        Indexed_on = document.IndexedOn,
        Size = document.Size,
        Status_error_message = document.ErrorMessage,
        Created_time = document.Created,
    };
}
