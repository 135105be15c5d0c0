namespace Rememberizer.Contract.Fake.Documents;

/// <summary>
/// Ids shared by all users, so one user's id never names another user's item. They start at realistic-looking
/// values and are handed out in order of first use, so a fresh server gives the first user the same ids every time.
/// </summary>
public sealed class IdSequence
{
    private int _document;
    private int _integration;
    private int _memento;

    public IdSequence() => Reset();

    public int NextDocument() => Interlocked.Increment(ref _document);

    public int NextIntegration() => Interlocked.Increment(ref _integration);

    public int NextMemento() => Interlocked.Increment(ref _memento);

    public void Reset()
    {
        Interlocked.Exchange(ref _document, 12_344);
        Interlocked.Exchange(ref _integration, 100);
        Interlocked.Exchange(ref _memento, 122);
    }
}
