using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.Libraries;
using Rememberizer.Contract.Fake.Seed;
using Rememberizer.Contract.Fake.Sessions;
using Rememberizer.Contract.Fake.State;
using Rememberizer.Contract.Fake.World;
using Rememberizer.Contract.MockServer.Http.Authenticate;
using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.MockServer.Http.Resolve;
using Rememberizer.Contract.MockServer.Tenants;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary>The mock as a whole: readiness, effective settings, reset and the fake clock.</summary>
public static class MockStateEndpoints
{
    /// <summary>Readiness, the fake's clock, and how much state it holds (what a long-running mock keeps).</summary>
    public static async Task<IResult> HealthAsync([FromServices] MockClock clock, [FromServices] UserStore users, [FromServices] SessionStore sessions, [FromServices] Library libraries, ContractCatalog catalog, CancellationToken cancel)
    {
        // The contract loads in the background at start-up; health answers once it has, so a CI script may send
        // its first API request the moment health says 200.
        try
        {
            await catalog.Document.WaitAsync(TimeSpan.FromSeconds(30), cancel);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return Results.Json(new { Status = "unavailable", Detail = failure.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var (liveSessions, refreshRecords) = sessions.Count;
        var (kept, cached) = libraries.Count;
        return Results.Ok(new
        {
            Status = "ok",
            Now = clock.GetUtcNow(),
            Users = users.Count,
            Sessions = liveSessions,
            SessionsStarted = sessions.Started,
            RefreshRecords = refreshRecords,
            LibrariesKept = kept,
            LibrariesCached = cached,
            ManagedHeapBytes = GC.GetTotalMemory(forceFullCollection: false),
        });
    }

    /// <summary>The settings in effect (every source merged: appsettings.json, environment, command line) and where the mock listens.</summary>
    public static IResult Config(
        IOptions<MockServerOptions> mock, IOptions<AuthOptions> auth, IOptions<DataOptions> data, IOptions<MockCorsOptions> cors, IOptions<TenantOptions> tenants, IOptions<FixtureOptions> fixtures, IStateStore store, IServer server) =>
        Results.Ok(new
        {
            Version = ProductVersion.Current,
            Listening = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [],
            MockServer = mock.Value,
            Auth = auth.Value,
            Data = data.Value,
            Cors = cors.Value,
            Tenants = tenants.Value,
            State = new { Store = store.Description },
            Fixtures = fixtures.Value,
        });

    public static async Task<IResult> ResetAsync([FromServices] StateReset reset)
    {
        await reset.ResetAllAsync();
        return Results.NoContent();
    }

    public static async Task<IResult> AdvanceClock(HttpRequest request, [FromServices] MockClock clock)
    {
        var (body, rejection) = await ControlBody.ReadAsync(request);
        if (body is null)
        {
            return rejection!;
        }

        if (body.Number("seconds", required: true) is not { } seconds)
        {
            return body.Rejection();
        }

        if (seconds < 0)
        {
            return FieldErrorsResult.Single("seconds", "Ensure this value is greater than or equal to 0.");
        }

        // Bounded by how far the clock is from the latest time it may show, not by TimeSpan's range: a clock moved
        // near DateTimeOffset.MaxValue overflows on the next time computed from it.
        var most = Math.Floor((ClockRange.Latest - clock.GetUtcNow()).TotalSeconds);
        if (seconds > most)
        {
            return FieldErrorsResult.Single("seconds", string.Create(CultureInfo.InvariantCulture, $"Ensure this value is less than or equal to {most:0}: the fake clock may not pass {ClockRange.Latest8601}."));
        }

        await clock.AdvanceAsync(TimeSpan.FromSeconds(seconds));
        return Results.NoContent();
    }
}
