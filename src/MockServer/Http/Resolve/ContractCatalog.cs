using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Controllers;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Http.Resolve;

/// <summary>
/// The contract, loaded once in the background at start-up so the port opens at once; the first request that needs
/// it waits for it.
/// </summary>
public sealed class ContractCatalog
{
    private readonly Lazy<Task<ContractDocument>> _document = new(() => Task.Run(ContractDocument.LoadEmbeddedAsync));
    private readonly ConcurrentDictionary<string, ContractOperation?> _byAction = new();

    public Task<ContractDocument> Document => _document.Value;

    public void StartLoading() => _ = _document.Value;

    /// <summary>The operation a controller action implements: the action's name is the spec's operationId.</summary>
    public async ValueTask<ContractOperation?> ForActionAsync(ControllerActionDescriptor action)
    {
        if (_byAction.TryGetValue(action.ActionName, out var known))
        {
            return known;
        }

        var document = await Document;
        return _byAction.GetOrAdd(action.ActionName, document.FindById);
    }
}
