using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Rememberizer.Contract.Fake.State;

/// <summary>
/// The name each kind of change is stored under (its JSON <c>type</c>), contributed by the feature that declares it
/// when a tenant's world is composed. A stored name never changes: logs written by earlier versions must still load.
/// Names are fixed once the first change is written or read.
/// </summary>
public sealed class ChangeNames
{
    private readonly Lock _gate = new();
    private readonly List<JsonDerivedType> _named = [new(typeof(StateWasReset), "state_was_reset")];
    private JsonSerializerOptions? _json;

    public ChangeNames Add<TChange>(string name)
        where TChange : StateEvent
    {
        lock (_gate)
        {
            if (_json is not null)
            {
                throw new InvalidOperationException($"{typeof(TChange).Name} is named after changes were first stored.");
            }

            if (_named.Any(n => n.DerivedType == typeof(TChange) || Equals(n.TypeDiscriminator, name)))
            {
                throw new InvalidOperationException($"{typeof(TChange).Name} or the name '{name}' is named twice.");
            }

            _named.Add(new JsonDerivedType(typeof(TChange), name));
            return this;
        }
    }

    public string Serialize(StateEvent change) => JsonSerializer.Serialize(change, Json);

    public StateEvent Deserialize(string json) =>
        JsonSerializer.Deserialize<StateEvent>(json, Json) ?? throw new InvalidOperationException("A stored change is empty.");

    private JsonSerializerOptions Json
    {
        get
        {
            lock (_gate)
            {
                return _json ??= Build();
            }
        }
    }

    private JsonSerializerOptions Build()
    {
        var polymorphism = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "type" };
        foreach (var named in _named)
        {
            polymorphism.DerivedTypes.Add(named);
        }

        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
            TypeInfoResolver = new DefaultJsonTypeInfoResolver
            {
                Modifiers =
                {
                    info =>
                    {
                        if (info.Type == typeof(StateEvent))
                        {
                            info.PolymorphismOptions = polymorphism;
                        }
                    },
                },
            },
        };
        options.MakeReadOnly();
        return options;
    }
}
