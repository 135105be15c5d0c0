using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.Search;
using Rememberizer.Contract.Fake.Seed;
using Rememberizer.Contract.Fake.VectorStores;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Http.Authenticate;
using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.MockServer.Http.Resolve;
using FakeDocument = Rememberizer.Contract.Fake.VectorStores.VectorStoreDocument;
using WireDocument = Rememberizer.Contract.Generated.Server.VectorStoreDocument;
using WireStore = Rememberizer.Contract.Generated.Server.VectorStore;

namespace Rememberizer.Contract.MockServer.Api;

/// <summary>Vector-store endpoints. A key reaches only its own store: any other store id is a 404, so the existence
/// of other stores is not revealed.</summary>
[ApiController]
[Authorize(Policy = AuthPolicies.VectorStoreKey)]
public sealed class VectorStoresController(VectorStoreRegistry stores, VectorStoreChanges changes, MockClock clock, IOptions<DataOptions> options) : VectorStoresControllerBase
{
    public override Task<ActionResult<WireStore>> GetVectorStore()
    {
        var store = Mine.Store;
        return Result<WireStore>(new WireStore
        {
            Id = store.Id,
            Name = store.Name,
            Description = store.Description,
            Embedding_model = store.EmbeddingModel,
            Indexing_algorithm = store.IndexingAlgorithm,
            Vector_dimension = store.VectorDimension,
            Search_metric = store.SearchMetric,
            Created = store.Created,
            Modified = store.Modified,
        });
    }

    public override Task<ActionResult<ICollection<WireDocument>>> ListVectorStoreDocuments(string vector_store_id) =>
        Result<ICollection<WireDocument>>(Owned(vector_store_id) is { } space ? Ok(space.List().Select(Wire).ToList()) : DrfErrors.NotFound());

    public override Task<ActionResult<WireDocument>> GetVectorStoreDocument(string vector_store_id, int document_id) =>
        Result<WireDocument>(Owned(vector_store_id)?.Find(document_id) is { } document ? Wire(document) : DrfErrors.NotFound());

    public override async Task<ActionResult<WireDocument>> CreateVectorStoreDocument(string vector_store_id, VectorStoreDocumentCreate body)
    {
        if (Owned(vector_store_id) is not { } space)
        {
            return DrfErrors.NotFound();
        }

        if (body.Name is null && body.Document_name is not null)
        {
            HttpContext.NoteLeniency("document_name accepted as the document's name.");
        }

        var name = body.Name ?? body.Document_name ?? DocumentNames.FromText(body.Text);
        return await changes.AddDocumentAsync(space.Store.Id, name, "text/plain", body.Text, System.Text.Encoding.UTF8.GetByteCount(body.Text)) is { } document
            ? StatusCode(StatusCodes.Status201Created, Wire(document))
            : DrfErrors.NotFound();
    }

    public override async Task<ActionResult<VectorStoreUploadResult>> UploadVectorStoreDocuments(string vector_store_id, [FromForm] IEnumerable<FileParameter> files)
    {
        if (Owned(vector_store_id) is not { } space)
        {
            return DrfErrors.NotFound();
        }

        IFormCollection form;
        try
        {
            form = await Request.ReadFormAsync(HttpContext.RequestAborted);
        }
        catch (Exception exception) when (exception is InvalidDataException || (exception is InvalidOperationException && !Request.HasFormContentType))
        {
            // A Content-Type the form reader cannot parse (a boundary with a space, say) is as malformed as the body.
            return DrfErrors.Detail(StatusCodes.Status400BadRequest, $"Multipart form parse error - {exception.Message}");
        }

        var parts = form.Files.GetFiles("files");
        if (parts.Count == 0 || parts.Count > options.Value.UploadFileCountLimit)
        {
            return DrfErrors.Field("files", parts.Count == 0
                ? "No file was submitted."
                : $"Ensure this field has no more than {options.Value.UploadFileCountLimit} elements.");
        }

        if (await changes.UploadAsync(space.Store.Id, [.. parts.Select(p => new UploadedFile(p.FileName, p.Length, p.OpenReadStream))]) is not { } outcome)
        {
            return DrfErrors.NotFound();
        }

        var result = new VectorStoreUploadResult
        {
            Documents = [.. outcome.Stored.Select(d => new UploadedDocument { Id = d.Id, Name = d.Name })],
            Errors = [.. outcome.Rejected.Select(r => new UploadError { File = r.File, Error = r.Error })],
        };
        return StatusCode(result.Errors.Count == 0 ? StatusCodes.Status201Created : StatusCodes.Status207MultiStatus, result);
    }

    public override async Task<ActionResult<WireDocument>> UpdateVectorStoreDocument(string vector_store_id, int document_id, VectorStoreDocumentUpdate body) =>
        Owned(vector_store_id) is not null && await changes.RenameDocumentAsync(vector_store_id, document_id, body.Name) is { } document
            ? Wire(document)
            : DrfErrors.NotFound();

    public override async Task<IActionResult> DeleteVectorStoreDocument(string vector_store_id, int document_id) =>
        Owned(vector_store_id) is not null && await changes.DeleteDocumentAsync(vector_store_id, document_id) ? NoContent() : DrfErrors.NotFound();

    public override Task<ActionResult<VectorStoreSearchResult>> SearchVectorStoreDocuments(string vector_store_id, string q, int? n, double? t, int? prev_chunks, int? next_chunks)
    {
        if (Owned(vector_store_id) is not { } space)
        {
            return Result<VectorStoreSearchResult>(DrfErrors.NotFound());
        }

        var matches = space.Search(new RankQuery(q), n ?? 10, t ?? Relevance.VectorStoreDefaultThreshold, prev_chunks ?? 0, next_chunks ?? 0);
        return Result<VectorStoreSearchResult>(SearchResult(space, matches));
    }

    public override Task<ActionResult<VectorStoreSearchResult>> AgenticSearchVectorStoreDocuments(string vector_store_id, VectorStoreAgenticSearchRequest body)
    {
        if (Owned(vector_store_id) is not { } space)
        {
            return Result<VectorStoreSearchResult>(DrfErrors.NotFound());
        }

        var matches = space.Search(new RankQuery(body.Query, body.User_context), body.N_chunks ?? 10, Relevance.VectorStoreDefaultThreshold, 0, 0);
        return Result<VectorStoreSearchResult>(SearchResult(space, matches));
    }

    private static VectorStoreSearchResult SearchResult(VectorStoreSpace space, IReadOnlyList<VectorStoreMatch> matches) =>
        new()
        {
            Vector_store = new VectorStoreRef { Id = space.Store.Id, Name = space.Store.Name },
            Matched_chunks = [.. matches.Select(m => new VectorStoreMatchedChunk
            {
                Document = new VectorStoreSearchDocument
                {
                    Id = m.Document.Id,
                    Name = m.Document.Name,
                    Type = m.Document.MimeType,
                    Size = m.Document.Size,
                    Indexed_on = m.Document.IndexedAt,
                    Vector_store = m.Document.StoreId,
                    Created = m.Document.Created,
                    Modified = m.Document.Modified,
                },
                Matched_content = m.Content,
                Distance = m.Distance,
            })],
        };

    private VectorStoreSpace Mine => stores.Find(User.VectorStoreId())!;

    private VectorStoreSpace? Owned(string storeId) => storeId == User.VectorStoreId() ? stores.Find(storeId) : null;

    private static Task<ActionResult<T>> Result<T>(ActionResult<T> result) => Task.FromResult(result);

    private WireDocument Wire(FakeDocument document)
    {
        var indexed = document.IsIndexed(clock.GetUtcNow());
        return new WireDocument
        {
            Id = document.Id,
            Name = document.Name,
            Type = document.MimeType,
            Vector_store = document.StoreId,
            Size = document.Size,
            Status = indexed ? VectorStoreDocumentStatus.Indexed : VectorStoreDocumentStatus.Processing,
            Processing_status = indexed ? VectorStoreProcessingStatus.Completed : VectorStoreProcessingStatus.Queued,
            Indexed_on = indexed ? document.IndexedAt : null,
            Status_error_message = null,
            Created = document.Created,
            Modified = document.Modified,
        };
    }
}
