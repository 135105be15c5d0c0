using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.Libraries;

/// <summary>A change to a user's library (memorized text, into a published memento too, and mementos), which <see cref="LibraryChanges"/> applies.</summary>
public abstract record LibraryChange : StateEvent;

public sealed record DocumentMemorized(int UserId, int DocumentId, string Name, string Content, DateTimeOffset At, int? IntoMemento) : LibraryChange;

public sealed record MementoCreated(int UserId, int MementoId, string Name, DateTimeOffset At, IReadOnlyList<int> DocumentIds) : LibraryChange;

public sealed record MementoRenamed(int UserId, int MementoId, string Name, DateTimeOffset At) : LibraryChange;

public sealed record MementoDocumentsSet(int UserId, int MementoId, IReadOnlyList<int> DocumentIds, DateTimeOffset At) : LibraryChange;

public sealed record MementoDeleted(int UserId, int MementoId) : LibraryChange;

public static class LibraryChangeNames
{
    public static ChangeNames AddLibraryChanges(this ChangeNames names) => names
        .Add<DocumentMemorized>("document_memorized")
        .Add<MementoCreated>("memento_created")
        .Add<MementoRenamed>("memento_renamed")
        .Add<MementoDocumentsSet>("memento_documents_set")
        .Add<MementoDeleted>("memento_deleted");
}
