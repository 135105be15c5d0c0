using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.Libraries;

namespace Rememberizer.Contract.Fake.Mementos;

/// <summary>
/// One user's mementos. Documents are held by id and resolved on read, so a memento always shows the current name
/// of each document. Changes arrive with the id and moment a recorded change decided (see
/// <see cref="LibraryChanges"/>); they are internal, so nothing outside the domain changes a memento unrecorded.
/// </summary>
public sealed class MementoBook(DocumentShelf shelf)
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];

    /// <summary>Checks that a change may be made (the library it belongs to is the kept one); set by its library.</summary>
    internal Action? BeforeChange { get; set; }

    /// <summary>Newest first, as the list endpoint pages them.</summary>
    public (int Count, IReadOnlyList<Memento> Items) Page(int offset, int limit)
    {
        lock (_gate)
        {
            return (_entries.Count, [.. Enumerable.Reverse(_entries).Skip(offset).Take(limit).Select(View)]);
        }
    }

    public Memento? Find(int id)
    {
        lock (_gate)
        {
            return _entries.Find(e => e.Id == id) is { } entry ? View(entry) : null;
        }
    }

    /// <summary>A snapshot of the ids of a memento's documents; null when there is no such memento.</summary>
    public IReadOnlySet<int>? DocumentIdsOf(int id)
    {
        lock (_gate)
        {
            return _entries.Find(e => e.Id == id)?.IdSet;
        }
    }

    /// <summary>
    /// The documents the memento would hold after <paramref name="change"/>, in order; the field errors instead when
    /// any id or folder is unknown (then nothing changes). Null when there is no such memento.
    /// </summary>
    public (IReadOnlyList<int> DocumentIds, IReadOnlyDictionary<string, string> Errors)? Plan(int id, MementoDocumentChange change)
    {
        lock (_gate)
        {
            if (_entries.Find(e => e.Id == id) is not { } entry)
            {
                return null;
            }

            var plan = MementoChangePlan.Resolve(shelf, change);
            if (plan.Errors.Count > 0)
            {
                return ([], plan.Errors);
            }

            var ids = new List<int>(entry.DocumentIds);
            ids.AddRange([.. plan.Add.Distinct().Where(d => !ids.Contains(d))]);
            ids.RemoveAll(plan.Remove.Contains);
            return (ids, new Dictionary<string, string>());
        }
    }

    internal Memento Create(int id, string name, DateTimeOffset at, IEnumerable<int>? documentIds = null)
    {
        BeforeChange?.Invoke();
        var entry = new Entry(id, name, at) { Modified = at };
        entry.DocumentIds.AddRange(documentIds ?? []);
        lock (_gate)
        {
            _entries.Add(entry);
            return View(entry);
        }
    }

    internal void Rename(int id, string name, DateTimeOffset at) => Change(id, at, entry => entry.Name = name);

    internal void SetDocuments(int id, IReadOnlyList<int> documentIds, DateTimeOffset at) => Change(id, at, entry =>
    {
        entry.DocumentIds.Clear();
        entry.DocumentIds.AddRange(documentIds);
    });

    internal void AddDocument(int id, int documentId, DateTimeOffset at) => Change(id, at, entry => entry.DocumentIds.Add(documentId));

    internal void Delete(int id)
    {
        BeforeChange?.Invoke();
        lock (_gate)
        {
            _entries.RemoveAll(e => e.Id == id);
        }
    }

    private void Change(int id, DateTimeOffset at, Action<Entry> change)
    {
        BeforeChange?.Invoke();
        lock (_gate)
        {
            if (_entries.Find(e => e.Id == id) is { } entry)
            {
                change(entry);
                entry.Changed(at);
            }
        }
    }

    private Memento View(Entry entry) =>
        new(entry.Id, entry.Name, entry.Created, entry.Modified, [.. entry.DocumentIds.Select(shelf.Find).OfType<Document>()]);

    private sealed class Entry(int id, string name, DateTimeOffset created)
    {
        public int Id { get; } = id;

        public string Name { get; set; } = name;

        public DateTimeOffset Created { get; } = created;

        public DateTimeOffset Modified { get; set; }

        private IReadOnlySet<int>? _idSet;

        /// <summary>Changed only under the book's lock, followed by <see cref="Changed"/>.</summary>
        public List<int> DocumentIds { get; } = [];

        /// <summary>
        /// The ids as a set, made once per version of the memento: a published memento is read on every request of
        /// its key, and copying it each time showed in the profile. Never changed once handed out.
        /// </summary>
        public IReadOnlySet<int> IdSet => _idSet ??= DocumentIds.ToHashSet();

        public void Changed(DateTimeOffset at)
        {
            Modified = at;
            _idSet = null;
        }
    }
}

/// <summary>A memento as read: a snapshot, its documents resolved from the user's shelf.</summary>
public sealed record Memento(int Id, string Name, DateTimeOffset Created, DateTimeOffset Modified, IReadOnlyList<Document> Documents);

/// <summary>The documents to add to and remove from a memento, as the request names them.</summary>
public sealed record MementoDocumentChange(IReadOnlyList<string> Add, IReadOnlyList<string> FolderAdd, IReadOnlyList<string> Remove);

/// <summary>Why a memento change was refused: field name → message. Empty when it was applied.</summary>
public sealed record MementoChangeResult(Memento? Memento, IReadOnlyDictionary<string, string> Errors)
{
    public static MementoChangeResult NotFound { get; } = new(null, new Dictionary<string, string>());
}
