using System.Net;
using System.Net.Http.Json;
using Rememberizer.Contract.MockServer.Tests.Fixtures;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Control;

/// <summary>
/// The fake clock may not be moved past 9000-01-01: an advance that would pass it is refused naming
/// <c>seconds</c> with the most it may be, and the tenant keeps answering. Before, the advance was accepted and the
/// next time computed from the clock overflowed, so every request of the tenant answered 500 until a reset.
/// </summary>
public sealed class ClockBoundTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnAdvancePastTheLatestTimeIsRefusedAndTheTenantStillAnswers()
    {
        await using var app = new MockServerApp();
        var control = app.CreateBareClient();

        var response = await control.PostAsJsonAsync("/_mock/clock/advance", new { seconds = 300_000_000_000 }, Ct);
        var errors = await response.FieldErrorsAsync();
        var health = await control.GetAsync("/_mock/health", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Ensure this value is less than or equal to ", errors["seconds"][0], StringComparison.Ordinal);
        Assert.EndsWith("the fake clock may not pass 9000-01-01T00:00:00Z.", errors["seconds"][0], StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, app.Clock.Offset);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
