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

    public MockClock(StateJournal journal) => _journal = journal;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;

    public Task AdvanceAsync(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        return _journal.RecordAsync(new ClockAdvanced(by));
    }

    internal void Apply(ClockAdvanced advanced) => Interlocked.Add(ref _offsetTicks, advanced.By.Ticks);

    /// <summary>Sets the time a fixture asked for, as its distance from real time; part of loading it, which the journal records.</summary>
    internal void Set(TimeSpan offset) => Interlocked.Exchange(ref _offsetTicks, offset.Ticks);

    /// <summary>Back to real time; part of a reset, which the journal records.</summary>
    internal void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
