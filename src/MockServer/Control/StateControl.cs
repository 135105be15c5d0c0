using Rememberizer.Contract.MockServer.Control.Requests;
using Rememberizer.Contract.MockServer.Fake;
using Rememberizer.Contract.MockServer.Fake.Clock;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary><c>/_mock/reset</c>, <c>/_mock/requests</c> and <c>/_mock/provider-states</c>.</summary>
public static class StateControl
{
    public static RouteGroupBuilder MapStateControl(this RouteGroupBuilder group)
    {
        group.MapPost("/reset", Reset);
        group.MapGet("/requests", (RequestLog log, int? limit) => Results.Ok(log.Recent(Math.Clamp(limit ?? 100, 1, log.Capacity))));
        return group;
    }

    /// <summary>Drops every piece of state back to the seed and rewinds the clock.</summary>
    private static IResult Reset(IEnumerable<IResettable> state, MockClock clock)
    {
        foreach (var part in state)
        {
            part.Reset();
        }

        clock.Reset();
        return Results.NoContent();
    }
}
