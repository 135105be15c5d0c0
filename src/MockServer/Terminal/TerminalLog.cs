using System.Threading.Channels;

namespace Rememberizer.Contract.MockServer.Terminal;

/// <summary>
/// The mock's terminal: requests, e-mails and the start-up block queue here and one background loop writes them,
/// in order, flushing after each batch. A request only enqueues; when the terminal cannot keep up, lines are dropped
/// (and counted in a line of their own) rather than slowing the API down or growing without bound.
/// </summary>
public sealed class TerminalLog : IHostedService, IAsyncDisposable
{
    public const int Capacity = 8192;

    private readonly TerminalOutput _output;
    private readonly Palette _palette;
    private readonly Channel<TerminalLine> _lines;
    private readonly Task _pump;
    private long _dropped;

    public TerminalLog(TerminalOutput output)
    {
        _output = output;
        _palette = output.Colour ? Palette.Ansi : Palette.Plain;
        _lines = Channel.CreateBounded<TerminalLine>(
            new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true },
            _ => Interlocked.Increment(ref _dropped));
        _pump = Task.Run(PumpAsync);
    }

    public void Write(TerminalLine line) => _lines.Writer.TryWrite(line);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Writes what is queued before the process ends.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _lines.Writer.TryComplete();
        await _pump.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _lines.Writer.TryComplete();
        await _pump.ConfigureAwait(false);
    }

    private async Task PumpAsync()
    {
        var reader = _lines.Reader;
        var writer = _output.Writer;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var line))
            {
                line.Write(writer, _palette);
            }

            if (Interlocked.Exchange(ref _dropped, 0) is > 0 and var dropped)
            {
                writer.WriteLine($"{_palette.Dim}({dropped} lines left out: the terminal could not keep up){_palette.Reset}");
            }

            await writer.FlushAsync().ConfigureAwait(false);
        }
    }
}
