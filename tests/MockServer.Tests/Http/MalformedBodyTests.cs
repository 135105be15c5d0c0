using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Http;

/// <summary>
/// A body the server cannot read (Kestrel's malformed chunked encoding, simulated here by a body stream failing the
/// way Kestrel's fails) is the client's error: a 400 in DRF's shape, and nothing logged as an unhandled exception.
/// </summary>
public sealed class MalformedBodyTests
{
    private const string BreakBody = "X-Test-Break-Body";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnUnreadableBodyIsA400WithoutAnErrorLogged()
    {
        var logged = new RecordingLoggerProvider();
        await using var app = new MockServerApp().WithServices(services =>
        {
            services.AddSingleton<IStartupFilter>(new BreakingBodyFilter());
            services.AddSingleton<ILoggerProvider>(logged);
        });
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/signup/")
        {
            Content = new StringContent("""{"email": "a@example.com"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(BreakBody, "1");

        var response = await app.CreateBareClient().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Bad request.", await response.DetailAsync());
        Assert.DoesNotContain(logged.Entries, e => e.Exception is not null || e.Level >= LogLevel.Error);
    }

    /// <summary>Puts a failing body in front of the whole pipeline for requests that ask for it.</summary>
    private sealed class BreakingBodyFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                if (context.Request.Headers.ContainsKey(BreakBody))
                {
                    context.Request.Body = new BrokenChunkedBody();
                }

                await following(context);
            });
            next(app);
        };
    }

    private sealed class BrokenChunkedBody : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new BadHttpRequestException("Bad chunk size data.", StatusCodes.Status400BadRequest);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            throw new BadHttpRequestException("Bad chunk size data.", StatusCodes.Status400BadRequest);
    }

    private sealed record LogEntry(LogLevel Level, Exception? Exception);

    private sealed class RecordingLoggerProvider : ILoggerProvider, ILogger
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<LogEntry> _entries = new();

        public IReadOnlyCollection<LogEntry> Entries => _entries;

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _entries.Enqueue(new LogEntry(logLevel, exception));

        public void Dispose()
        {
        }
    }
}
