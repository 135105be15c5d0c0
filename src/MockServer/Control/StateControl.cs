using Rememberizer.Contract.MockServer.Control.ProviderStates;
using Rememberizer.Contract.MockServer.Http.Log;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary><c>/_mock/reset</c>, <c>/_mock/requests</c> and <c>/_mock/provider-states</c>.</summary>
public static class StateControl
{
    public static RouteGroupBuilder MapStateControl(this RouteGroupBuilder group)
    {
        group.MapPost("/reset", (StateReset reset) =>
        {
            reset.ResetAll();
            return Results.NoContent();
        });
        group.MapGet("/requests", (RequestLog log, int? limit) => Results.Ok(log.Recent(Math.Clamp(limit ?? 100, 1, log.Capacity))));
        group.MapProviderStates();
        return group;
    }
}
