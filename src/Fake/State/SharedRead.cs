namespace Rememberizer.Contract.Fake.State;

/// <summary>
/// Shares one read of the store among every caller that arrives while it is under way, so concurrent requests cost
/// one round trip between them instead of one each. Exact all the same: a caller never takes the answer of a read that
/// was sent before it arrived (that read may have missed a change recorded just before), only that of the read that
/// starts next, when the one under way ends. So a change answered by any process before a caller arrives is in the
/// answer it gets, at the price of waiting for at most two reads.
/// </summary>
public sealed class SharedRead<T>(Func<CancellationToken, Task<T>> read)
{
    private readonly Lock _lock = new();
    private bool _reading;

    // The callers that arrived while a read was under way: they share the next one.
    private TaskCompletionSource<T>? _waiting;

    public Task<T> ReadAsync()
    {
        TaskCompletionSource<T> batch;
        lock (_lock)
        {
            if (_reading)
            {
                return (_waiting ??= new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
            }

            _reading = true;
            batch = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        _ = ReadInTurnAsync(batch);
        return batch.Task;
    }

    private async Task ReadInTurnAsync(TaskCompletionSource<T> batch)
    {
        TaskCompletionSource<T>? next = batch;
        while (next is not null)
        {
            try
            {
                // Not a caller's cancellation: the read serves others too, and a read of the store is short.
                next.SetResult(await read(CancellationToken.None).ConfigureAwait(false));
            }
            catch (Exception failure)
            {
                next.SetException(failure);
            }

            lock (_lock)
            {
                next = _waiting;
                _waiting = null;
                _reading = next is not null;
            }
        }
    }
}
