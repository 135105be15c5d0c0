using Microsoft.Extensions.Options;

namespace Rememberizer.Contract.MockServer.Hosting;

/// <summary>
/// With <see cref="MockServerOptions.StopWhenInputCloses"/>, stops the mock once its standard input reaches its end.
/// A parent that starts the mock with a pipe as its input (<c>startMock()</c> of the npm package) then takes the mock
/// with it however it ends: the system closes the pipe even when the parent is killed with SIGKILL, where no signal
/// handler of the parent could run. Off by default, so a mock started in the background or with no terminal keeps
/// serving.
/// </summary>
public sealed class StopWhenInputCloses(IOptions<MockServerOptions> options, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.StopWhenInputCloses)
        {
            return;
        }

        // A console read cannot be cancelled, so it runs on a thread of its own that is left behind when the mock
        // stops for another reason; the process ends with it.
        var endOfInput = Task.Factory.StartNew(ReadToEnd, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        await Task.WhenAny(endOfInput, Task.Delay(Timeout.Infinite, stoppingToken));
        if (endOfInput.IsCompleted)
        {
            lifetime.StopApplication();
        }
    }

    private static void ReadToEnd()
    {
        try
        {
            using var input = Console.OpenStandardInput();
            var buffer = new byte[512];
            while (input.Read(buffer) > 0)
            {
                // What the parent writes carries no meaning; only the end of the input does.
            }
        }
        catch (IOException)
        {
            // An input that cannot be read any more has ended as surely as one that says so.
        }
    }
}
