using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.Fake.Libraries;
using Rememberizer.Contract.Fake.Mementos;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Api.Pagination;
using Rememberizer.Contract.MockServer.Http.Authenticate;
using Rememberizer.Contract.MockServer.Http.Errors;
using FakeMemento = Rememberizer.Contract.Fake.Mementos.Memento;
using WireMemento = Rememberizer.Contract.Generated.Server.Memento;

namespace Rememberizer.Contract.MockServer.Api;

[ApiController]
[Authorize(Policy = AuthPolicies.VerifiedUser)]
public sealed class MementosController(Library library, LibraryChanges changes, KnowledgePublisher publisher) : MementosControllerBase
{
    private MementoBook Mine => library.For(User.UserId()).Mementos;

    public override Task<ActionResult<MementoPage>> ListMementos(int? page, int? page_size)
    {
        var request = PageRequest.From(page, page_size);
        var (count, items) = Mine.Page(request.Offset, request.Size);
        return Task.FromResult<ActionResult<MementoPage>>(!request.ExistsFor(count)
            ? Paginator.InvalidPage()
            : new MementoPage
            {
                Count = count,
                Next = Paginator.Next(Request, request, count),
                Previous = Paginator.Previous(Request, request),
                Results = [.. items.Select(Wire)],
            });
    }

    public override async Task<ActionResult<WireMemento>> CreateMemento(MementoCreate body) =>
        StatusCode(StatusCodes.Status201Created, Wire(await changes.CreateMementoAsync(User.UserId(), body.Name)));

    public override Task<ActionResult<WireMemento>> GetMemento(int memento_id) => Task.FromResult(Found(Mine.Find(memento_id)));

    public override async Task<ActionResult<WireMemento>> UpdateMemento(int memento_id, MementoUpdate body) =>
        Found(await changes.RenameMementoAsync(User.UserId(), memento_id, body.Name));

    public override async Task<IActionResult> DeleteMemento(int memento_id) =>
        await publisher.DeleteMementoAsync(User.UserId(), memento_id) ? NoContent() : DrfErrors.NotFound();

    public override async Task<ActionResult<WireMemento>> UpdateMementoDocuments(int memento_id, MementoDocumentsUpdate body)
    {
        var result = await changes.ChangeMementoDocumentsAsync(User.UserId(), memento_id, new MementoDocumentChange(body.Add ?? [], body.Folder_add ?? [], body.Remove ?? []));
        return result.Errors.Count > 0
            ? DrfErrors.Fields(result.Errors.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)[e.Value]))
            : Found(result.Memento);
    }

    private static ActionResult<WireMemento> Found(FakeMemento? memento) => memento is null ? DrfErrors.NotFound() : Wire(memento);

    private static WireMemento Wire(FakeMemento memento) => new()
    {
        Id = memento.Id,
        Name = memento.Name,
        Created = memento.Created,
        Modified = memento.Modified,
        Document_count = memento.Documents.Count,
        Documents = [.. memento.Documents.Select(d => new MementoDocument { Id = d.Id, Name = d.Name, Integration_type = d.IntegrationType })],
    };
}
