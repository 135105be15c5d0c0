using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.Mementos;
using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.Libraries;

/// <summary>
/// Every change to a user's library — memorized text, and mementos made, renamed or refilled — decided through the
/// tenant's <see cref="StateJournal"/> and applied to the kept library (<see cref="Library.ForChange"/>), so it
/// survives a restart and reaches every process sharing the tenant. Deleting a memento also withdraws its knowledge
/// (<see cref="CommonKnowledge.KnowledgePublisher"/>).
/// </summary>
public sealed class LibraryChanges
{
    private readonly Library _library;
    private readonly StateJournal _journal;
    private readonly MockClock _clock;

    public LibraryChanges(Library library, StateJournal journal, MockClock clock)
    {
        _library = library;
        _journal = journal;
        _clock = clock;
    }

    internal void Apply(LibraryChange change)
    {
        switch (change)
        {
            case DocumentMemorized memorized:
                Apply(memorized);
                break;
            case MementoCreated c:
                // The id was peeked when the change was decided: taking it here is what moves the next one on.
                var mine = _library.ForChange(c.UserId);
                mine.Ids.ClaimMemento(c.MementoId);
                mine.Mementos.Create(c.MementoId, c.Name, c.At, c.DocumentIds);
                break;
            case MementoRenamed r:
                _library.ForChange(r.UserId).Mementos.Rename(r.MementoId, r.Name, r.At);
                break;
            case MementoDocumentsSet s:
                _library.ForChange(s.UserId).Mementos.SetDocuments(s.MementoId, s.DocumentIds, s.At);
                break;
            case MementoDeleted d:
                _library.ForChange(d.UserId).Mementos.Delete(d.MementoId);
                break;
        }
    }

    /// <summary>
    /// Stores the text as a memorize document of <paramref name="view"/>'s user; through a published view the text
    /// goes into the published memento too. Null when that memento no longer exists (nothing is stored).
    /// </summary>
    public async Task<Document?> MemorizeAsync(LibraryView view, string name, string content)
    {
        var id = await _journal.DecideAsync(() =>
        {
            var library = _library.For(view.UserId);
            if (view.PublishedMemento is { } memento && library.Mementos.Find(memento) is null)
            {
                return Decision<int?>.Refuse(null);
            }

            var documentId = library.Ids.PeekDocument();
            return Decision<int?>.Change(documentId, new DocumentMemorized(view.UserId, documentId, name, content, _clock.GetUtcNow(), view.PublishedMemento));
        });
        return id is { } documentId ? _library.For(view.UserId).Documents.Find(documentId) : null;
    }

    public async Task<Memento> CreateMementoAsync(int userId, string name, IReadOnlyList<int>? documentIds = null)
    {
        var id = await _journal.DecideAsync(() =>
        {
            var mementoId = _library.For(userId).Ids.PeekMemento();
            return Decision<int>.Change(mementoId, new MementoCreated(userId, mementoId, name, _clock.GetUtcNow(), documentIds ?? []));
        });
        return _library.For(userId).Mementos.Find(id)!;
    }

    public async Task<Memento?> RenameMementoAsync(int userId, int mementoId, string name)
    {
        var found = await _journal.DecideAsync(() => _library.For(userId).Mementos.Find(mementoId) is null
            ? Decision<bool>.Refuse(false)
            : Decision<bool>.Change(true, new MementoRenamed(userId, mementoId, name, _clock.GetUtcNow())));
        return found ? _library.For(userId).Mementos.Find(mementoId) : null;
    }

    /// <summary>Applies the whole change or, when any id or folder is unknown, none of it.</summary>
    public async Task<MementoChangeResult> ChangeMementoDocumentsAsync(int userId, int mementoId, MementoDocumentChange change)
    {
        var errors = await _journal.DecideAsync(() =>
        {
            if (_library.For(userId).Mementos.Plan(mementoId, change) is not { } plan)
            {
                return Decision<IReadOnlyDictionary<string, string>?>.Refuse(null);
            }

            return plan.Errors.Count > 0
                ? Decision<IReadOnlyDictionary<string, string>?>.Refuse(plan.Errors)
                : Decision<IReadOnlyDictionary<string, string>?>.Change(plan.Errors, new MementoDocumentsSet(userId, mementoId, plan.DocumentIds, _clock.GetUtcNow()));
        });
        return errors switch
        {
            null => MementoChangeResult.NotFound,
            { Count: > 0 } => new MementoChangeResult(null, errors),
            _ => new MementoChangeResult(_library.For(userId).Mementos.Find(mementoId), errors),
        };
    }

    private void Apply(DocumentMemorized memorized)
    {
        var library = _library.ForChange(memorized.UserId);
        var document = library.Memorize(memorized.DocumentId, memorized.Name, memorized.Content, memorized.At);
        if (memorized.IntoMemento is { } memento)
        {
            library.Mementos.AddDocument(memento, document.Id, memorized.At);
        }
    }
}
