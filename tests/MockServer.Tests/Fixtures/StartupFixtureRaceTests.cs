using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Fixtures;
using Rememberizer.Contract.Fake.Seed;
using Rememberizer.Contract.Fake.State;
using Rememberizer.Contract.Fake.World;

namespace Rememberizer.Contract.MockServer.Tests.Fixtures;

/// <summary>
/// Two mocks started at once on one store with the same start-up fixture: the one that records first loads the file;
/// the other, finding it loaded when its own load comes to be recorded, keeps the world and what was done in it since.
/// </summary>
public sealed class StartupFixtureRaceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OfTwoMocksStartingAtOnceOnlyTheFirstLoadsTheFileAndAChangeMadeMeanwhileStays()
    {
        var source = FixtureSource.Read(await File.ReadAllTextAsync(FixtureClient.TeamFile, Ct));
        var log = new SharedLog();
        var first = World(log, source);
        var heldBack = new HeldBackLog(log);
        var second = World(heldBack, source);

        var secondStart = second.Reset.SeedAllAsync();
        await heldBack.AppendReached.Task.WaitAsync(Ct);
        await first.Reset.SeedAllAsync();
        Assert.NotNull(await first.Accounts.CreateUserAsync("meanwhile@example.com", "pass-word-1", "Meanwhile", true));
        heldBack.Release.SetResult();
        await secondStart;

        Assert.Equal(1, log.Entries.Count(json => json.Contains("\"state_was_reset\"", StringComparison.Ordinal)));
        Assert.NotNull(second.Users.FindByEmail("meanwhile@example.com"));
        Assert.NotNull(second.Users.FindByEmail("ada@example.com"));
    }

    private static DomainWorld World(IEventLog log, FixtureSource source) =>
        new(Options.Create(new AuthOptions()), Options.Create(new DataOptions()), new StateJournal(log, DomainWorld.ChangeNames()), startupFixture: source);

    /// <summary>A durable log in memory that several journals share, as mocks share a Redis list.</summary>
    private sealed class SharedLog : IEventLog
    {
        private readonly Lock _lock = new();
        private readonly List<string> _entries = [];

        public IReadOnlyList<string> Entries
        {
            get
            {
                lock (_lock)
                {
                    return [.. _entries];
                }
            }
        }

        public bool IsDurable => true;

        public Task<IReadOnlyList<StoredEvent>> ReadAfterAsync(long sequence, CancellationToken cancel)
        {
            lock (_lock)
            {
                return Task.FromResult<IReadOnlyList<StoredEvent>>([.. _entries.Skip((int)sequence).Select((json, i) => new StoredEvent(sequence + i + 1, json))]);
            }
        }

        public Task<long> LastSequenceAsync(CancellationToken cancel)
        {
            lock (_lock)
            {
                return Task.FromResult((long)_entries.Count);
            }
        }

        public Task<bool> TryAppendAsync(long afterSequence, IReadOnlyList<string> events)
        {
            lock (_lock)
            {
                if (afterSequence != _entries.Count)
                {
                    return Task.FromResult(false);
                }

                _entries.AddRange(events);
                return Task.FromResult(true);
            }
        }

        // Kept whole, so the test can count every reset recorded.
        public Task DiscardBeforeAsync(long sequence, CancellationToken cancel) => Task.CompletedTask;
    }

    /// <summary>The same log, but the first append waits until the test releases it: the slower of two starts.</summary>
    private sealed class HeldBackLog(SharedLog log) : IEventLog
    {
        private int _appends;

        public TaskCompletionSource AppendReached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool IsDurable => true;

        public Task<IReadOnlyList<StoredEvent>> ReadAfterAsync(long sequence, CancellationToken cancel) => log.ReadAfterAsync(sequence, cancel);

        public Task<long> LastSequenceAsync(CancellationToken cancel) => log.LastSequenceAsync(cancel);

        public async Task<bool> TryAppendAsync(long afterSequence, IReadOnlyList<string> events)
        {
            if (Interlocked.Increment(ref _appends) == 1)
            {
                AppendReached.SetResult();
                await Release.Task;
            }

            return await log.TryAppendAsync(afterSequence, events);
        }

        public Task DiscardBeforeAsync(long sequence, CancellationToken cancel) => log.DiscardBeforeAsync(sequence, cancel);
    }
}
