using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.Clock;

/// <summary>
/// The fake's notion of now: real time plus an offset that only moves forward, so tests and frontend developers
/// can jump past token and code expiry without waiting. The offset is part of the tenant's recorded state.
/// </summary>
public sealed class MockClock : TimeProvider
{
    private readonly StateJournal _journal;
    private long _offsetTicks;

    public MockClock(StateJournal journal)
    {
        _journal = journal;
        journal.On<ClockAdvanced>(advanced => Interlocked.Add(ref _offsetTicks, advanced.By.Ticks));
    }

    /// <summary>A clock of its own, recorded nowhere (for the domain's unit tests).</summary>
    public MockClock()
        : this(new StateJournal(new MemoryStateStore().Open(TenantlessName)))
    {
    }

    private const string TenantlessName = "";

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;

    public Task AdvanceAsync(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        return _journal.RecordAsync(new ClockAdvanced(by));
    }

    /// <summary>Back to real time; part of a reset, which the journal records.</summary>
    internal void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
