using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rememberizer.Contract.Fake.Fixtures;

/// <summary>
/// Reads the fields of one object of a fixture file, each with its own message and pointer, as DRF reads a body:
/// a missing or wrongly typed field is named, the others are still read, and a field nobody reads is reported as
/// unknown when the object is <see cref="Done"/> (a misspelt key would otherwise be silently ignored).
/// </summary>
internal sealed class FixtureFields
{
    private readonly JsonObject _object;
    private readonly List<FixtureProblem> _problems;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private FixtureFields(JsonObject value, string pointer, List<FixtureProblem> problems)
    {
        _object = value;
        Pointer = pointer;
        _problems = problems;
    }

    public string Pointer { get; }

    /// <summary>The object at <paramref name="pointer"/>, or null (with the problem noted) when it is not one.</summary>
    public static FixtureFields? Of(JsonNode? node, string pointer, List<FixtureProblem> problems)
    {
        if (node is JsonObject value)
        {
            return new FixtureFields(value, pointer, problems);
        }

        problems.Add(new FixtureProblem(pointer, $"Expected an object, but got {KindOf(node)}."));
        return null;
    }

    /// <summary>An object inside this one, its problems reported with this one's.</summary>
    public FixtureFields? Child(JsonNode? node, string pointer) => Of(node, pointer, _problems);

    public string At(string name) => JsonPointer.Append(Pointer, name);

    public string? String(string name, bool required = false)
    {
        if (Take(name, required) is not { } node)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            return Refuse<string>(name, $"Not a valid string (got {KindOf(node)}).");
        }

        if (TextOf(node) is not { } text)
        {
            return Refuse<string>(name, "Not a valid string.");
        }

        return required && text.Trim().Length == 0 ? Refuse<string>(name, "This field may not be blank.") : text;
    }

    public int? Integer(string name, bool required = false)
    {
        if (Take(name, required) is not { } node)
        {
            return null;
        }

        return node.GetValueKind() == JsonValueKind.Number && node.AsValue().TryGetValue<long>(out var number) && number is >= 0 and <= int.MaxValue
            ? (int)number
            : Refuse<int?>(name, "A valid non-negative integer is required.");
    }

    public bool? Boolean(string name)
    {
        if (Take(name, required: false) is not { } node)
        {
            return null;
        }

        return node.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? node.GetValue<bool>() : Refuse<bool?>(name, "Must be a valid boolean.");
    }

    /// <summary>An ISO 8601 date and time (<c>2026-03-01T09:00:00Z</c>); one without an offset is UTC.</summary>
    public DateTimeOffset? Moment(string name, bool required = false)
    {
        if (String(name, required) is not { } text)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment)
            ? moment
            : Refuse<DateTimeOffset?>(name, "Datetime has wrong format. Use ISO 8601, e.g. 2026-03-01T09:00:00Z.");
    }

    /// <summary>The items of an array field, each read by <paramref name="item"/> with its own pointer; empty when absent.</summary>
    public IReadOnlyList<T> List<T>(string name, Func<JsonNode?, string, T?> item, bool required = false)
        where T : class
    {
        if (Take(name, required) is not { } node)
        {
            return [];
        }

        if (node is not JsonArray array)
        {
            return Refuse<IReadOnlyList<T>>(name, $"Expected a list of items but got {KindOf(node)}.") ?? [];
        }

        var items = new List<T>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (item(array[i], JsonPointer.Append(At(name), i)) is { } read)
            {
                items.Add(read);
            }
        }

        return items;
    }

    /// <summary>An object field whose keys are names the file chooses (scenarios).</summary>
    public IReadOnlyList<(string Name, JsonNode? Value)> Named(string name)
    {
        if (Take(name, required: false) is not { } node)
        {
            return [];
        }

        if (node is not JsonObject named)
        {
            return Refuse<IReadOnlyList<(string, JsonNode?)>>(name, $"Expected an object of named items, but got {KindOf(node)}.") ?? [];
        }

        return [.. named.Select(pair => (pair.Key, pair.Value))];
    }

    /// <summary>The raw value of a field that takes more than one type (a reference by name or by id).</summary>
    public JsonNode? Raw(string name, bool required = false) => Take(name, required);

    public void Problem(string pointer, string message) => _problems.Add(new FixtureProblem(pointer, message));

    /// <summary>Reports every field of the object that was not read: unknown to the fixture format.</summary>
    public void Done()
    {
        foreach (var (name, _) in _object)
        {
            if (!_read.Contains(name))
            {
                _problems.Add(new FixtureProblem(At(name), "Unknown field."));
            }
        }
    }

    /// <summary>
    /// The text of a string node, or null when JSON escapes a lone surrogate (<c>"\ud800"</c>): valid JSON, but no
    /// text, and reading it throws, which would answer 500.
    /// </summary>
    public static string? TextOf(JsonNode node)
    {
        try
        {
            return node.GetValue<string>();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public static string KindOf(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => "a boolean",
    };

    private JsonNode? Take(string name, bool required)
    {
        _read.Add(name);
        if (_object.TryGetPropertyValue(name, out var node) && node is not null)
        {
            return node;
        }

        if (required)
        {
            _problems.Add(new FixtureProblem(At(name), "This field is required."));
        }

        return null;
    }

    private T? Refuse<T>(string name, string message)
    {
        _problems.Add(new FixtureProblem(At(name), message));
        return default;
    }
}
