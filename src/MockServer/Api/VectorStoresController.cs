using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Api;

[ApiController]
public sealed class VectorStoresController : VectorStoresControllerBase
{
    public override async Task<ActionResult<VectorStore>> GetVectorStore() =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(GetVectorStore)));

    public override async Task<ActionResult<ICollection<VectorStoreDocument>>> ListVectorStoreDocuments(string vector_store_id) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(ListVectorStoreDocuments)));

    public override async Task<ActionResult<VectorStoreDocument>> GetVectorStoreDocument(string vector_store_id, int document_id) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(GetVectorStoreDocument)));

    public override async Task<ActionResult<VectorStoreDocument>> CreateVectorStoreDocument(string vector_store_id, VectorStoreDocumentCreate body) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(CreateVectorStoreDocument)));

    public override async Task<ActionResult<VectorStoreUploadResult>> UploadVectorStoreDocuments(string vector_store_id, IEnumerable<FileParameter> files) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(UploadVectorStoreDocuments)));

    public override async Task<ActionResult<VectorStoreDocument>> UpdateVectorStoreDocument(string vector_store_id, int document_id, VectorStoreDocumentUpdate body) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(UpdateVectorStoreDocument)));

    public override async Task<IActionResult> DeleteVectorStoreDocument(string vector_store_id, int document_id) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(DeleteVectorStoreDocument)));

    public override async Task<ActionResult<VectorStoreSearchResult>> SearchVectorStoreDocuments(string vector_store_id, string q, int? n, double? t, int? prev_chunks, int? next_chunks) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(SearchVectorStoreDocuments)));
}
