using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Rememberizer.Contract.MockServer.Tests.Infrastructure;

/// <summary>
/// Which namespaces of an assembly use which, read from the compiled code rather than from <c>using</c> lines: every
/// type a type names in its declaration (base, interfaces, fields, properties, signatures, attributes) or its code
/// (locals, and every type, method and field its instructions refer to). Compiler-made types (lambdas, state
/// machines) count for the type that declares them.
/// </summary>
public sealed class NamespaceGraph
{
    private readonly Dictionary<string, HashSet<string>> _edges = [];

    private NamespaceGraph(string root) => Root = root;

    public string Root { get; }

    public IReadOnlyDictionary<string, HashSet<string>> Edges => _edges;

    /// <summary>Every namespace under the root that declares a type.</summary>
    public ISet<string> Namespaces { get; } = new HashSet<string>();

    /// <summary>The graph of the namespaces under <paramref name="root"/> in the assembly at <paramref name="path"/>.</summary>
    public static NamespaceGraph Read(string path, string root)
    {
        var graph = new NamespaceGraph(root);
        using var module = ModuleDefinition.ReadModule(path);
        foreach (var type in module.Types)
        {
            graph.AddType(type, NamespaceOf(type));
        }

        return graph;
    }

    /// <summary>Every cycle, as the namespaces of one strongly connected component (Tarjan), each sorted.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = 0;
        var indexes = new Dictionary<string, int>();
        var lows = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            indexes[node] = lows[node] = index++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in _edges.GetValueOrDefault(node) ?? [])
            {
                if (!indexes.ContainsKey(next))
                {
                    Visit(next);
                    lows[node] = Math.Min(lows[node], lows[next]);
                }
                else if (onStack.Contains(next))
                {
                    lows[node] = Math.Min(lows[node], indexes[next]);
                }
            }

            if (lows[node] == indexes[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (var node in _edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!indexes.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return cycles;
    }

    /// <summary>Which types of <paramref name="from"/> use <paramref name="to"/>: for a message that says where to look.</summary>
    public IEnumerable<string> Users(string path, string from, string to)
    {
        using var module = ModuleDefinition.ReadModule(path);
        var graph = new NamespaceGraph(Root);
        foreach (var type in module.Types.Where(t => NamespaceOf(t) == from))
        {
            graph._edges.Clear();
            graph.AddType(type, from);
            if (graph._edges.GetValueOrDefault(from)?.Contains(to) == true)
            {
                yield return type.FullName;
            }
        }
    }

    private static string NamespaceOf(TypeReference type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type.Namespace;
    }

    private void AddType(TypeDefinition type, string from)
    {
        if (!from.StartsWith(Root, StringComparison.Ordinal))
        {
            return;
        }

        Namespaces.Add(from);
        Use(from, type.BaseType);
        foreach (var implemented in type.Interfaces)
        {
            Use(from, implemented.InterfaceType);
        }

        UseAttributes(from, type);
        foreach (var field in type.Fields)
        {
            Use(from, field.FieldType);
            UseAttributes(from, field);
        }

        foreach (var property in type.Properties)
        {
            Use(from, property.PropertyType);
            UseAttributes(from, property);
        }

        foreach (var method in type.Methods)
        {
            UseMethod(from, method);
        }

        foreach (var nested in type.NestedTypes)
        {
            AddType(nested, from);
        }
    }

    private void UseMethod(string from, MethodDefinition method)
    {
        Use(from, method.ReturnType);
        UseAttributes(from, method);
        foreach (var parameter in method.Parameters)
        {
            Use(from, parameter.ParameterType);
            UseAttributes(from, parameter);
        }

        foreach (var constraint in method.GenericParameters.SelectMany(g => g.Constraints))
        {
            Use(from, constraint.ConstraintType);
        }

        if (!method.HasBody)
        {
            return;
        }

        foreach (var local in method.Body.Variables)
        {
            Use(from, local.VariableType);
        }

        foreach (var instruction in method.Body.Instructions)
        {
            switch (instruction.Operand)
            {
                case TypeReference operand:
                    Use(from, operand);
                    break;
                case MethodReference called:
                    Use(from, called.DeclaringType);
                    Use(from, called.ReturnType);
                    foreach (var parameter in called.Parameters)
                    {
                        Use(from, parameter.ParameterType);
                    }

                    if (called is GenericInstanceMethod generic)
                    {
                        foreach (var argument in generic.GenericArguments)
                        {
                            Use(from, argument);
                        }
                    }

                    break;
                case FieldReference field:
                    Use(from, field.DeclaringType);
                    Use(from, field.FieldType);
                    break;
                case CallSite site:
                    Use(from, site.ReturnType);
                    break;
            }
        }
    }

    private void UseAttributes(string from, ICustomAttributeProvider provider)
    {
        foreach (var attribute in provider.CustomAttributes)
        {
            Use(from, attribute.AttributeType);
            foreach (var argument in attribute.ConstructorArguments.Concat(attribute.Properties.Select(p => p.Argument)))
            {
                if (argument.Value is TypeReference named)
                {
                    Use(from, named);
                }
            }
        }
    }

    private void Use(string from, TypeReference? type)
    {
        switch (type)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType generic:
                Use(from, generic.ElementType);
                foreach (var argument in generic.GenericArguments)
                {
                    Use(from, argument);
                }

                return;
            case TypeSpecification specification:
                Use(from, specification.ElementType);
                return;
        }

        var to = NamespaceOf(type);
        if (to == from || !to.StartsWith(Root, StringComparison.Ordinal))
        {
            return;
        }

        if (!_edges.TryGetValue(from, out var targets))
        {
            _edges[from] = targets = [];
        }

        targets.Add(to);
    }
}
