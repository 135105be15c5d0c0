namespace Rememberizer.Contract.Fake.State;

/// <summary>
/// The default store: state lives in this process only, as it always has. Its logs keep nothing, so a change costs
/// nothing beyond applying it, and every append succeeds (the tenant's write lock already orders decisions).
/// </summary>
public sealed class MemoryStateStore : IStateStore
{
    public const string Name = "memory";

    public string Description => Name;

    public bool IsDurable => false;

    public IEventLog Open(string tenant) => NoLog.Instance;

    private sealed class NoLog : IEventLog
    {
        public static readonly NoLog Instance = new();

        public bool IsDurable => false;

        public Task<IReadOnlyList<StoredEvent>> ReadAfterAsync(long sequence, CancellationToken cancel) => Task.FromResult<IReadOnlyList<StoredEvent>>([]);

        public Task<long> LastSequenceAsync(CancellationToken cancel) => Task.FromResult(0L);

        public Task<bool> TryAppendAsync(long afterSequence, IReadOnlyList<string> events) => Task.FromResult(true);

        public Task DiscardBeforeAsync(long sequence, CancellationToken cancel) => Task.CompletedTask;
    }
}
