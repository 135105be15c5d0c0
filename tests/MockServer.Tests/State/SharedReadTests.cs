using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.MockServer.Tests.State;

/// <summary>
/// Requests arriving together share one read of the store's last sequence, yet none takes the answer of a read sent
/// before it arrived: that read may have missed a change another process answered just before.
/// </summary>
public sealed class SharedReadTests
{
    [Fact]
    public async Task CallersArrivingDuringAReadShareTheNextReadNotTheOneUnderWay()
    {
        var reads = new List<TaskCompletionSource<int>>();
        var shared = new SharedRead<int>(_ =>
        {
            var read = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (reads)
            {
                reads.Add(read);
            }

            return read.Task;
        });

        var first = shared.ReadAsync();
        var second = shared.ReadAsync();
        var third = shared.ReadAsync();
        Assert.Single(reads);

        reads[0].SetResult(1);
        Assert.Equal(1, await first);
        await WaitUntilAsync(() => reads.Count == 2);
        Assert.False(second.IsCompleted, "a caller that arrived while the first read was under way waits for the next");
        reads[1].SetResult(2);

        var answers = await Task.WhenAll(second, third);
        Assert.Equal([2, 2], answers);
        Assert.Equal(2, reads.Count);
    }

    [Fact]
    public async Task AFailedReadFailsOnlyItsOwnCallersAndTheNextCallerReadsAgain()
    {
        var calls = 0;
        var shared = new SharedRead<int>(_ => ++calls == 1 ? Task.FromException<int>(new IOException("store gone")) : Task.FromResult(calls));

        await Assert.ThrowsAsync<IOException>(shared.ReadAsync);
        Assert.Equal(2, await shared.ReadAsync());
    }

    [Fact]
    public async Task UnderManyConcurrentCallersEachSeesEveryWriteMadeBeforeItAsked()
    {
        long written = 0;
        var shared = new SharedRead<long>(async _ =>
        {
            var seen = Interlocked.Read(ref written);
            await Task.Yield();
            return seen;
        });

        var callers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                var before = Interlocked.Increment(ref written);
                var answer = await shared.ReadAsync();
                Assert.True(answer >= before, $"a read answered {answer} after write {before} was made");
            }
        }, TestContext.Current.CancellationToken));
        await Task.WhenAll(callers);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        // The next read starts on the continuation of the first: wait for it without a fixed delay.
        while (!condition())
        {
            await Task.Yield();
        }
    }
}
