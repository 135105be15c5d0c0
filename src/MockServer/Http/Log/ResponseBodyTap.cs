using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace Rememberizer.Contract.MockServer.Http.Log;

/// <summary>
/// Stands in for the response body feature while an API request runs, so the request log sees the body whichever
/// way it is written (pipe writer, stream), without buffering it: the bytes go on to the client as before.
/// </summary>
public sealed class ResponseBodyTap(IHttpResponseBodyFeature inner, BodyCapture capture) : IHttpResponseBodyFeature
{
    private Stream? _stream;
    private PipeWriter? _writer;

    public Stream Stream => _stream ??= new TapStream(inner.Stream, capture);

    public PipeWriter Writer => _writer ??= new TapPipeWriter(inner.Writer, capture);

    public void DisableBuffering() => inner.DisableBuffering();

    public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);

    // The API sends no files; a file would go out untapped.
    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        inner.SendFileAsync(path, offset, count, cancellationToken);

    public Task CompleteAsync() => inner.CompleteAsync();
}
