using System.IO.Pipelines;

namespace Rememberizer.Contract.MockServer.Http.Log;

/// <summary>
/// The response's pipe writer, seen through: whatever is committed to the real writer (Kestrel's) is copied into the
/// capture as it is committed, so the body is written once, straight to the socket's buffers, and read once.
/// </summary>
public sealed class TapPipeWriter(PipeWriter inner, BodyCapture capture) : PipeWriter
{
    private Memory<byte> _lent;

    public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => inner.UnflushedBytes;

    public override Memory<byte> GetMemory(int sizeHint = 0) => _lent = inner.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => (_lent = inner.GetMemory(sizeHint)).Span;

    public override void Advance(int bytes)
    {
        // A writer must ask for a new buffer after Advance, so the bytes committed are the start of the last one lent.
        capture.Append(_lent.Span[..bytes]);
        _lent = default;
        inner.Advance(bytes);
    }

    public override ValueTask<FlushResult> WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default)
    {
        capture.Append(source.Span);
        return inner.WriteAsync(source, cancellationToken);
    }

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);
}
