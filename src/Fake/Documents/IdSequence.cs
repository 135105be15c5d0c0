namespace Rememberizer.Contract.Fake.Documents;

/// <summary>
/// The ids of one user's items, taken from blocks reserved for that user: a library regenerated from the seed gets
/// the same ids again, and no two users' ids ever meet. Blocks start at realistic-looking values (the first user's
/// documents at 12345, integrations at 101, mementos at 123); items past a block take ids from a shared overflow
/// range above two billion. A change decides its id with <c>Peek…</c> and applies it with <see cref="Claim"/>, so
/// a replayed change gets the id it was recorded with. Thread-safe.
/// </summary>
public sealed class IdSequence(int userId)
{
    public const int DocumentsPerUser = 1_000;
    public const int IntegrationsPerUser = 10;
    public const int MementosPerUser = 100;

    private const int FirstDocument = 12_345;
    private const int FirstIntegration = 101;
    private const int FirstMemento = 123;

    private static int _overflow = 2_000_000_000;

    private int _documents;
    private int _integrations;
    private int _mementos;

    public int NextDocument() => Next(ref _documents, FirstDocument, DocumentsPerUser);

    public int NextIntegration() => Next(ref _integrations, FirstIntegration, IntegrationsPerUser);

    public int NextMemento() => Next(ref _mementos, FirstMemento, MementosPerUser);

    /// <summary>The id <see cref="NextDocument"/> would give now, without taking it.</summary>
    public int PeekDocument() => Peek(Volatile.Read(ref _documents), FirstDocument, DocumentsPerUser);

    public int PeekMemento() => Peek(Volatile.Read(ref _mementos), FirstMemento, MementosPerUser);

    /// <summary>Takes a document id decided earlier (perhaps by another process): later ids come after it.</summary>
    public void ClaimDocument(int id) => Claim(ref _documents, FirstDocument, DocumentsPerUser, id);

    public void ClaimMemento(int id) => Claim(ref _mementos, FirstMemento, MementosPerUser, id);

    private int Next(ref int used, int first, int perUser)
    {
        var ordinal = Interlocked.Increment(ref used) - 1;
        var id = first + ((long)(userId - 1) * perUser) + ordinal;
        return ordinal < perUser && id <= int.MaxValue ? (int)id : Interlocked.Increment(ref _overflow);
    }

    private int Peek(int used, int first, int perUser)
    {
        var id = first + ((long)(userId - 1) * perUser) + used;
        return used < perUser && id <= int.MaxValue ? (int)id : Volatile.Read(ref _overflow) + 1;
    }

    private void Claim(ref int used, int first, int perUser, int id)
    {
        var ordinal = id - first - ((long)(userId - 1) * perUser);
        if (ordinal >= 0 && ordinal < perUser)
        {
            RaiseTo(ref used, (int)ordinal + 1);
        }
        else
        {
            RaiseTo(ref _overflow, id);
        }
    }

    /// <summary>Raises a counter others may raise at the same time to at least <paramref name="atLeast"/>.</summary>
    internal static void RaiseTo(ref int counter, int atLeast)
    {
        var seen = Volatile.Read(ref counter);
        while (seen < atLeast && Interlocked.CompareExchange(ref counter, atLeast, seen) is var previous && previous != seen)
        {
            seen = previous;
        }
    }
}
