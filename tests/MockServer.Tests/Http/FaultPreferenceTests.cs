using System.Diagnostics;
using System.Net;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Http;

/// <summary>
/// <c>Prefer: fault=…</c> fails the request without an answer (in memory, an abort: the socket-level behaviour is in
/// <see cref="SocketFaultTests"/>); the log records the request with status 0. A timeout holds the request until
/// the client gives up, and answers 504 once the configured bound passes.
/// </summary>
public sealed class FaultPreferenceTests
{
    private const string LogOut = "/api/v1/auth/custom-logout/";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("reset")]
    [InlineData("empty")]
    public async Task ADroppedConnectionIsLoggedWithStatusZero(string fault)
    {
        await using var app = new MockServerApp();

        await PreferRequests.AssertAbortedByTheServerAsync(() => app.CreateBareClient().SendPreferringAsync(HttpMethod.Post, LogOut, $"fault={fault}"));
        var entry = await app.CreateBareClient().LoggedRequestAsync(e => e.GetProperty("path").GetString() == LogOut);

        Assert.Equal(0, entry.GetProperty("status").GetInt32());
        Assert.Equal($"fault={fault}", entry.GetProperty("preferences").GetString());
    }

    [Fact]
    public async Task AFaultWinsOverACodeGivenWithIt()
    {
        await using var app = new MockServerApp();

        await PreferRequests.AssertAbortedByTheServerAsync(() => app.CreateBareClient().SendPreferringAsync(HttpMethod.Post, LogOut, "code=503, fault=empty"));
        var entry = await app.CreateBareClient().LoggedRequestAsync(e => e.GetProperty("path").GetString() == LogOut);

        Assert.Equal("fault=empty", entry.GetProperty("preferences").GetString());
    }

    [Fact]
    public async Task AnUnknownFaultIsRefusedNamingIt()
    {
        await using var app = new MockServerApp();

        var response = await app.CreateBareClient().SendPreferringAsync(HttpMethod.Post, LogOut, "fault=explode");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"explode\"", await response.DetailAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFaultStillNeedsCredentials()
    {
        await using var app = new MockServerApp();

        var response = await app.CreateBareClient().GetPreferringAsync("/api/v1/account/", "fault=reset");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ATimeoutAnswers504OnceTheBoundPasses()
    {
        await using var app = new MockServerApp().With("MockServer:FaultTimeoutSeconds", "1");
        var started = Stopwatch.GetTimestamp();

        var response = await app.CreateBareClient().SendPreferringAsync(HttpMethod.Post, LogOut, "fault=timeout");

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("No answer within 1 seconds (Prefer: fault=timeout).", await response.DetailAsync());
        Assert.Equal("fault=timeout", response.PreferenceApplied());
        Assert.True(Stopwatch.GetElapsedTime(started) >= TimeSpan.FromSeconds(0.9));
    }

    [Fact]
    public async Task ATimeoutHoldsTheRequestUntilTheClientGivesUp()
    {
        await using var app = new MockServerApp();
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        patience.CancelAfter(TimeSpan.FromMilliseconds(300));
        using var request = new HttpRequestMessage(HttpMethod.Post, LogOut);
        request.Headers.Add("Prefer", "fault=timeout");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => app.CreateBareClient().SendAsync(request, patience.Token));
        var entry = await app.CreateBareClient().LoggedRequestAsync(e => e.GetProperty("path").GetString() == LogOut);

        Assert.Equal(0, entry.GetProperty("status").GetInt32());
        Assert.Equal("fault=timeout", entry.GetProperty("preferences").GetString());
        Assert.True(entry.GetProperty("duration_ms").GetDouble() < 60_000);
    }
}
