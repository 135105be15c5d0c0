using System.Net;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Fixtures;

/// <summary>
/// A fixture's clock outside the times the fake clock may show is refused at <c>/clock</c> with the range, and the
/// tenant is as it was: it still exports, resets and answers. Before, a clock near DateTimeOffset's limits was
/// accepted, then overflowed while the world was seeded from it (or a second later), leaving the tenant half-loaded
/// and answering 500 until it was deleted.
/// </summary>
public sealed class FixtureClockTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("clock: \"0001-01-01T00:00:00Z\"")]
    [InlineData("clock: \"9999-12-31T23:59:59Z\"")]
    [InlineData("clock: \"1971-12-31T23:59:59Z\"")]
    public async Task AClockOutOfRangeIsRefusedAndTheTenantIsUnchanged(string fixture)
    {
        await using var app = new MockServerApp().WithTeam();
        var control = app.CreateBareClient();
        var before = await control.GetJsonAsync("/_mock/users");

        var response = await control.LoadAsync(fixture);
        var errors = await response.FieldErrorsAsync();
        var after = await control.GetJsonAsync("/_mock/users");
        await control.GetJsonAsync("/_mock/fixtures");
        await control.GetJsonAsync("/_mock/health");
        var reset = await control.PostAsync("/_mock/reset", null, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Ensure this time is from 1972-01-01T00:00:00Z to 9000-01-01T00:00:00Z."], errors["/clock"]);
        Assert.Equal(before.ToString(), after.ToString());
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
    }
}
