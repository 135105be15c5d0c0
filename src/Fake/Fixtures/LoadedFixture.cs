using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.Integrations;
using Rememberizer.Contract.Fake.Libraries;
using Rememberizer.Contract.Fake.Mementos;
using Rememberizer.Contract.Fake.Search;
using Rememberizer.Contract.Fake.State;
using Rememberizer.Contract.Fake.VectorStores;

namespace Rememberizer.Contract.Fake.Fixtures;

/// <summary>
/// The fixture the tenant's state was last loaded from, and what applies one: right after the reset recorded with
/// it, it puts the file's users, libraries, knowledge, stores and clock in place of the seed's. A reset keeps it and
/// loads it again (<see cref="Restate"/>), so <c>POST /_mock/reset</c> goes back to the loaded world, not past it.
/// </summary>
public sealed class LoadedFixture(UserStore users, Library library, PublicationRegistry publications, VectorStoreRegistry stores, MockClock clock, int wordsPerChunk)
    : IOutlivesReset
{
    private FixtureLoaded? _current;
    private ScenarioList? _scenarios;

    /// <summary>The last fixture loaded; null while the tenant holds the seed's world.</summary>
    public FixtureLoaded? Current => Volatile.Read(ref _current);

    /// <summary>False while the loaded fixture wants only its own data (<c>generated: false</c>).</summary>
    public bool GeneratesData => Current?.World.Generated ?? true;

    /// <summary>The scenarios of the loaded file, for switching between them; empty while none is loaded.</summary>
    public IReadOnlyList<string> Scenarios
    {
        get
        {
            var current = Current;
            if (current is null)
            {
                return [];
            }

            var known = Volatile.Read(ref _scenarios);
            if (!ReferenceEquals(known?.Loaded, current))
            {
                known = new ScenarioList(current, ScenariosOf(current.Source));
                Volatile.Write(ref _scenarios, known);
            }

            return known.Names;
        }
    }

    public IEnumerable<StateEvent> Restate() => Current is { } current ? [current] : [];

    internal void Apply(FixtureLoaded loaded)
    {
        var world = loaded.World;
        if (world.ClockOffset is { } offset)
        {
            clock.Set(offset);
        }

        library.GeneratesData = world.Generated;
        foreach (var user in world.Users)
        {
            users.Apply(new UserAdded(user.Id, user.Email, user.Name, user.PasswordHash, user.EmailVerified));
            library.Plant(user.Id, LibraryOf(user));
        }

        foreach (var knowledge in world.Knowledge)
        {
            publications.Add(new Publication(knowledge.Id, knowledge.Name, knowledge.Description, knowledge.OwnerId, knowledge.OwnerEmail, knowledge.MementoId,
                knowledge.ApiKey, knowledge.Created, knowledge.IsPublic));
        }

        foreach (var store in world.Stores)
        {
            stores.Plant(store.Id, store.Name, store.Description, store.Created, store.OwnerId, store.Keys,
                store.Documents.Select(d => (d.Id, d.Name, d.MimeType, d.Text, d.Size, d.Created)));
        }

        if (!world.Generated)
        {
            stores.ReplacePrimary(world.Stores.FirstOrDefault(s => s.OwnerId is null)?.Id ?? world.Stores.FirstOrDefault()?.Id);
        }

        Volatile.Write(ref _current, loaded);
    }

    private Document DocumentOf(SeededDocument seeded, Integration integration) => new()
    {
        Id = seeded.Id,
        SourceId = seeded.SourceId,
        Name = seeded.Name,
        MimeType = seeded.MimeType,
        Path = seeded.Path,
        Url = seeded.Url,
        IntegrationId = integration.Id,
        IntegrationType = integration.Type,
        Source = integration.Source,
        State = seeded.State,
        IndexedOn = seeded.IndexedOn,
        ErrorMessage = seeded.ErrorMessage,
        Size = seeded.Size,
        Created = seeded.Created,
        Modified = seeded.Modified,
        Chunks = TextChunker.Split(seeded.Text, wordsPerChunk),
    };

    private static IReadOnlyList<string> ScenariosOf(string source)
    {
        using var file = System.Text.Json.JsonDocument.Parse(source);
        return file.RootElement.TryGetProperty("scenarios", out var scenarios) && scenarios.ValueKind == System.Text.Json.JsonValueKind.Object
            ? [.. scenarios.EnumerateObject().Select(s => s.Name)]
            : [];
    }

    private UserLibrary LibraryOf(SeededUser user)
    {
        var ids = new IdSequence(user.Id);
        var integrations = user.Integrations.ToDictionary(i => i.Id, i => new Integration(i.Id, i.Type, i.Source, i.DocumentType, user.ConnectedAt, TokenValid: true));
        var shelf = new DocumentShelf();
        var discussions = new Dictionary<int, Discussion>();
        // Chunking is the costly part of a large fixture, and each document's is its own: in parallel, in file order.
        shelf.AddRange([.. user.Documents.AsParallel().AsOrdered().Select(seeded => DocumentOf(seeded, integrations[seeded.IntegrationId]))]);
        foreach (var seeded in user.Documents)
        {
            ids.ClaimDocument(seeded.Id);
            if (seeded.Messages is { } messages)
            {
                discussions[seeded.Id] = new Discussion(seeded.Id, integrations[seeded.IntegrationId].Type, messages);
            }
        }

        var mementos = new MementoBook(shelf);
        foreach (var memento in user.Mementos)
        {
            ids.ClaimMemento(memento.Id);
            mementos.Create(memento.Id, memento.Name, memento.Created, memento.DocumentIds);
        }

        foreach (var _ in integrations)
        {
            ids.NextIntegration();
        }

        return new UserLibrary(shelf, mementos, [.. integrations.Values], discussions, [], ids, wordsPerChunk);
    }

    private sealed record ScenarioList(FixtureLoaded Loaded, IReadOnlyList<string> Names);
}
