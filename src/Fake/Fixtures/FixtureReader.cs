using System.Text.Json;
using System.Text.Json.Nodes;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.Integrations;

namespace Rememberizer.Contract.Fake.Fixtures;

/// <summary>
/// Reads a fixture file (YAML or JSON) into its parts, or refuses it with every problem found, each at its JSON
/// Pointer: unknown fields, wrong types, missing fields, values out of their range. Whether names and keys fit
/// together (a memento's documents, a knowledge's memento, keys given twice) is checked when a world is built from
/// it (<see cref="FixtureBuilder"/>). The published JSON Schema describes the same format.
/// </summary>
public static class FixtureReader
{
    public static readonly IReadOnlyList<string> Integrations =
    [
        IntegrationTypes.GoogleDrive, IntegrationTypes.Gmail, IntegrationTypes.Dropbox, IntegrationTypes.Slack,
        IntegrationTypes.Discord, IntegrationTypes.Memorize, IntegrationTypes.CommonKnowledge,
    ];

    public static readonly IReadOnlyList<string> Statuses = ["indexed", "indexing", "error"];

    private const string HashPrefix = "pbkdf2_sha256$";

    public static FixtureFile Read(string text) => Read(FixtureText.Parse(text));

    public static FixtureFile Read(JsonNode root)
    {
        var problems = new List<FixtureProblem>();
        var file = ReadFile(root, problems);
        if (problems.Count > 0 || file is null)
        {
            throw new FixtureRejectedException(problems);
        }

        return file;
    }

    private static FixtureFile? ReadFile(JsonNode root, List<FixtureProblem> problems)
    {
        if (FixtureFields.Of(root, "", problems) is not { } top)
        {
            return null;
        }

        var world = World(top);
        var scenarios = new Dictionary<string, WorldSpec>(StringComparer.Ordinal);
        foreach (var (name, value) in top.Named("scenarios"))
        {
            var pointer = JsonPointer.Append(top.At("scenarios"), name);
            if (name.Trim().Length == 0)
            {
                problems.Add(new FixtureProblem(pointer, "A scenario needs a name."));
            }
            else if (FixtureFields.Of(value, pointer, problems) is { } scenario)
            {
                scenarios[name] = World(scenario);
                scenario.Done();
            }
        }

        top.Done();
        return new FixtureFile(world, scenarios);
    }

    private static WorldSpec World(FixtureFields world)
    {
        var users = world.List("users", (node, pointer) => User(node, pointer, world));
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in users)
        {
            if (!seen.TryAdd(user.Email, user.Pointer))
            {
                world.Problem(JsonPointer.Append(user.Pointer, "email"), $"The e-mail {user.Email} is already used by {seen[user.Email]}.");
            }
        }

        return new WorldSpec(Clock(world), world.Boolean("generated"), users, world.List("vector_stores", (node, pointer) => Store(node, pointer, world)));
    }

    private static UserSpec? User(JsonNode? node, string pointer, FixtureFields parent) => Read(node, pointer, parent, user =>
    {
        var email = user.String("email", required: true);
        if (email is not null && !IsEmail(email))
        {
            user.Problem(user.At("email"), "Enter a valid email address.");
        }

        var password = user.String("password");
        var hash = user.String("password_hash");
        if (password is null && hash is null)
        {
            user.Problem(user.At("password"), "This field is required (or password_hash, as an export writes it).");
        }
        else if (password is not null && hash is not null)
        {
            user.Problem(user.At("password_hash"), "Give password or password_hash, not both.");
        }
        else if (hash is not null && (!hash.StartsWith(HashPrefix, StringComparison.Ordinal) || hash.Split('$').Length != 4))
        {
            user.Problem(user.At("password_hash"), "Not a password hash this mock writes (pbkdf2_sha256$iterations$salt$hash).");
        }

        var id = user.Integer("id");
        if (id is 0)
        {
            user.Problem(user.At("id"), "User ids start at 1.");
        }

        var spec = new UserSpec(
            pointer,
            id,
            email ?? "",
            password,
            hash,
            user.String("name"),
            user.Boolean("email_verified") ?? true,
            user.List("documents", (n, p) => Document(n, p, user)),
            user.List("mementos", (n, p) => Memento(n, p, user)),
            user.List("common_knowledge", (n, p) => Knowledge(n, p, user)),
            user.List("vector_stores", (n, p) => Store(n, p, user)));
        return email is null ? null : spec;
    });

    private static DocumentSpec? Document(JsonNode? node, string pointer, FixtureFields parent) => Read(node, pointer, parent, document =>
    {
        var integration = document.String("integration") ?? IntegrationTypes.Memorize;
        if (!Integrations.Contains(integration))
        {
            document.Problem(document.At("integration"), $"\"{integration}\" is not a valid choice. Choose one of {string.Join(", ", Integrations)}.");
        }

        var status = document.String("status");
        if (status is not null && !Statuses.Contains(status))
        {
            document.Problem(document.At("status"), $"\"{status}\" is not a valid choice. Choose one of {string.Join(", ", Statuses)}.");
        }

        var text = document.String("text");
        var messages = document.Raw("messages") is null ? null : document.List("messages", (n, p) => Message(n, p, document));
        if (messages is not null && integration is not (IntegrationTypes.Slack or IntegrationTypes.Discord))
        {
            document.Problem(document.At("messages"), "Only a slack or discord channel has messages.");
        }

        if (messages is not null && text is not null)
        {
            document.Problem(document.At("text"), "A channel's text is its messages: give text or messages, not both.");
        }

        var spec = new DocumentSpec(
            pointer,
            document.Integer("id"),
            document.String("name", required: true) ?? "",
            text,
            integration,
            document.String("source"),
            status,
            document.Moment("indexed_on"),
            document.String("error_message"),
            document.String("mime_type"),
            document.String("path"),
            document.String("url"),
            document.String("source_id"),
            document.Integer("size"),
            document.Moment("created_time"),
            document.Moment("modified_time"),
            messages);
        return spec;
    });

    private static MessageSpec? Message(JsonNode? node, string pointer, FixtureFields parent) => Read(node, pointer, parent, message => new MessageSpec(
        message.String("user", required: true) ?? "",
        message.Moment("time", required: true) ?? default,
        message.String("text", required: true) ?? "",
        message.List("replies", (n, p) => Message(n, p, message))));

    private static MementoSpec? Memento(JsonNode? node, string pointer, FixtureFields parent) => Read(node, pointer, parent, memento => new MementoSpec(
        pointer,
        memento.Integer("id"),
        memento.String("name", required: true) ?? "",
        memento.Moment("created_time"),
        memento.List("documents", (n, p) => Refer(n, p, memento))));

    private static KnowledgeSpec? Knowledge(JsonNode? node, string pointer, FixtureFields parent) => Read(node, pointer, parent, knowledge =>
    {
        var memento = knowledge.Raw("memento", required: true) is { } raw ? Refer(raw, knowledge.At("memento"), knowledge) : null;
        var key = knowledge.String("api_key");
        if (key is not null && key.Trim().Length == 0)
        {
            knowledge.Problem(knowledge.At("api_key"), "This field may not be blank.");
        }

        var spec = new KnowledgeSpec(
            pointer,
            knowledge.Integer("id"),
            knowledge.String("name", required: true) ?? "",
            knowledge.String("description"),
            memento ?? new Reference(knowledge.At("memento"), "", null),
            key,
            knowledge.Boolean("public") ?? false,
            knowledge.Moment("created_time"));
        return spec;
    });

    private static StoreSpec? Store(JsonNode? node, string pointer, FixtureFields parent) => Read(node, pointer, parent, store =>
    {
        var spec = new StoreSpec(
            pointer,
            store.String("id", required: false),
            store.String("name", required: true) ?? "",
            store.String("description"),
            store.Moment("created_time"),
            store.Raw("api_keys") is null ? null : store.List("api_keys", (n, p) => StoreKey(n, p, store)),
            store.List("documents", (n, p) => StoreDocument(n, p, store)));
        if (spec.ApiKeys is { Count: 0 })
        {
            store.Problem(store.At("api_keys"), "A store needs at least one key; leave api_keys out to have one made.");
        }

        return spec;
    });

    private static StoreKeySpec? StoreKey(JsonNode? node, string pointer, FixtureFields parent) => Read(node, pointer, parent, key => new StoreKeySpec(pointer, key.String("id"), key.String("name", required: true) ?? "", key.String("key", required: true) ?? "", key.Moment("created_time")));

    private static StoreDocumentSpec? StoreDocument(JsonNode? node, string pointer, FixtureFields parent) => Read(node, pointer, parent, document => new StoreDocumentSpec(
        pointer,
        document.Integer("id"),
        document.String("name", required: true) ?? "",
        document.String("text") ?? "",
        document.String("mime_type"),
        document.Integer("size"),
        document.Moment("created_time")));

    /// <summary>
    /// The time the fake clock is set to, within the range it may show: the seed computes dates up to two years back
    /// from it, and the tenant's clock must stay valid as it runs on, so a time near DateTimeOffset's limits would
    /// fail the load after the file was accepted.
    /// </summary>
    private static DateTimeOffset? Clock(FixtureFields world)
    {
        var clock = world.Moment("clock");
        if (clock is null || ClockRange.Contains(clock.Value))
        {
            return clock;
        }

        world.Problem(world.At("clock"), $"Ensure this time is from {ClockRange.Earliest8601} to {ClockRange.Latest8601}.");
        return null;
    }

    /// <summary>A document or memento named by its name (a string) or its id (a number).</summary>
    private static Reference? Refer(JsonNode? node, string pointer, FixtureFields parent)
    {
        switch (node?.GetValueKind())
        {
            case JsonValueKind.String when FixtureFields.TextOf(node) is { } name:
                return new Reference(pointer, name, null);
            case JsonValueKind.String:
                parent.Problem(pointer, "Not a valid string.");
                return null;
            case JsonValueKind.Number when node.AsValue().TryGetValue<int>(out var id):
                return new Reference(pointer, null, id);
            default:
                parent.Problem(pointer, $"Expected a name (a string) or an id (an integer), but got {FixtureFields.KindOf(node)}.");
                return null;
        }
    }

    /// <summary>Reads one object of the file, then reports each of its fields <paramref name="read"/> did not take as unknown.</summary>
    private static T? Read<T>(JsonNode? node, string pointer, FixtureFields parent, Func<FixtureFields, T?> read)
        where T : class
    {
        if (parent.Child(node, pointer) is not { } fields)
        {
            return null;
        }

        var spec = read(fields);
        fields.Done();
        return spec;
    }

    private static bool IsEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.') && !email.Any(char.IsWhiteSpace);
    }
}
