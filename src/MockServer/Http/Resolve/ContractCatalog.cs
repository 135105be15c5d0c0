using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Controllers;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Http.Resolve;

/// <summary>
/// The contract, loaded once per process in the background, so the port opens at once; the first request that
/// needs it waits for it. Once per process, not per mock: the embedded contract is the same for every mock, is only
/// read once loaded, and loading it is the largest piece of a start, which a test run that hosts a mock per class
/// would otherwise pay for each one.
/// </summary>
public sealed class ContractCatalog
{
    private static readonly Lazy<Task<ContractDocument>> Embedded = new(() => Task.Run(ContractDocument.LoadEmbeddedAsync));
    private readonly ConcurrentDictionary<string, ContractOperation?> _byAction = new();

    public Task<ContractDocument> Document => Embedded.Value;

    /// <summary>Starts loading the contract, if nothing has yet; the mock calls it before it builds anything else.</summary>
    public static void StartLoading() => _ = Embedded.Value;

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
