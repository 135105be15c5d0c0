using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Api;

[ApiController]
public sealed class MementosController : MementosControllerBase
{
    public override async Task<ActionResult<MementoPage>> ListMementos(int? page, int? page_size) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(ListMementos)));

    public override async Task<ActionResult<Memento>> CreateMemento(MementoCreate body) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(CreateMemento)));

    public override async Task<ActionResult<Memento>> GetMemento(int memento_id) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(GetMemento)));

    public override async Task<ActionResult<Memento>> UpdateMemento(int memento_id, MementoUpdate body) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(UpdateMemento)));

    public override async Task<IActionResult> DeleteMemento(int memento_id) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(DeleteMemento)));

    public override async Task<ActionResult<Memento>> UpdateMementoDocuments(int memento_id, MementoDocumentsUpdate body) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(UpdateMementoDocuments)));
}
