using System.Buffers;

namespace Rememberizer.Contract.MockServer.Http.Log;

/// <summary>
/// The first <c>limit</c> bytes of a body on its way through, and how long the whole was: what the request
/// log keeps of a response. A pooled buffer while the body flows, one exact copy when it is done.
/// </summary>
public sealed class BodyCapture(int limit)
{
    private byte[]? _buffer;
    private int _kept;

    public long Total { get; private set; }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        Total += bytes.Length;
        var room = limit - _kept;
        if (room <= 0 || bytes.IsEmpty)
        {
            return;
        }

        _buffer ??= ArrayPool<byte>.Shared.Rent(limit);
        var take = Math.Min(room, bytes.Length);
        bytes[..take].CopyTo(_buffer.AsSpan(_kept));
        _kept += take;
    }

    /// <summary>The bytes kept, copied out; the pooled buffer goes back.</summary>
    public byte[] Take()
    {
        if (_buffer is null)
        {
            return [];
        }

        var kept = _buffer.AsSpan(0, _kept).ToArray();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = null;
        return kept;
    }
}
