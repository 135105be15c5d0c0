using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.Tests.Server;

/// <summary>
/// A new tag in the spec produces a new abstract base; if nobody derives from it its routes would silently 404.
/// The compiler already rejects a derived controller that misses an operation, so together every operation is served.
/// </summary>
public sealed class ControllerCoverageTests
{
    private static readonly Assembly Server = typeof(Rememberizer.Contract.MockServer.Hosting.MockServerHost).Assembly;

    private static IEnumerable<Type> GeneratedBases() =>
        typeof(AccountControllerBase).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(AccountControllerBase).Namespace && t.IsAbstract && typeof(ControllerBase).IsAssignableFrom(t));

    [Fact]
    public void EveryGeneratedControllerBaseHasAConcreteController()
    {
        var concrete = Server.GetTypes().Where(t => !t.IsAbstract && typeof(ControllerBase).IsAssignableFrom(t)).ToList();
        var orphans = GeneratedBases().Where(b => !concrete.Any(b.IsAssignableFrom)).Select(b => b.Name);

        Assert.NotEmpty(GeneratedBases());
        Assert.Empty(orphans);
    }

    [Fact]
    public async Task EveryOperationOfTheSpecIsAnActionOfAGeneratedBase()
    {
        var document = await ContractDocument.LoadEmbeddedAsync();
        var actions = GeneratedBases()
            .SelectMany(b => b.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => m.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(document.Operations, o => Assert.Contains(o.OperationId, actions));
    }
}
