using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Control;

/// <summary>
/// Within each project, namespaces depend one way: the graph of which namespace's code uses which (read from the
/// compiled assembly, so a type used without a <c>using</c> line counts too) has no cycle of any length.
/// </summary>
public sealed class NamespaceCycleTests
{
    public static TheoryData<string> Projects => new()
    {
        "Rememberizer.Contract.Fake",
        "Rememberizer.Contract.MockServer",
        "Rememberizer.Contract.Pact",
        "Rememberizer.Contract.Spec",
        "Rememberizer.Contract.Store",
        "Rememberizer.Contract.Testing",
    };

    [Theory]
    [MemberData(nameof(Projects))]
    public void NoNamespaceCycle(string project)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, project + ".dll");
        var graph = NamespaceGraph.Read(assembly, project);

        var cycles = graph.Cycles();

        Assert.NotEmpty(graph.Namespaces);
        Assert.True(cycles.Count == 0, string.Join(Environment.NewLine, cycles.Select(cycle => Describe(assembly, graph, cycle))));
    }

    private static string Describe(string assembly, NamespaceGraph graph, IReadOnlyList<string> cycle)
    {
        var members = cycle.ToHashSet();
        var edges = cycle.SelectMany(from => graph.Edges[from].Where(members.Contains).Select(to =>
            $"  {from} -> {to} ({string.Join(", ", graph.Users(assembly, from, to).Take(3))})"));
        return $"cycle of {cycle.Count}:{Environment.NewLine}{string.Join(Environment.NewLine, edges)}";
    }
}
