namespace Rememberizer.Contract.MockServer.Proxy.Drift;

/// <summary><c>GET /_mock/drift</c> answers the report; <c>DELETE /_mock/drift</c> starts it afresh. Served only by the proxy.</summary>
public static class DriftEndpoints
{
    public static IEndpointRouteBuilder MapDrift(this IEndpointRouteBuilder control)
    {
        control.MapGet("/drift", (DriftReport report) => Results.Ok(report.Snapshot()));
        control.MapDelete("/drift", (DriftReport report) =>
        {
            report.Clear();
            return Results.NoContent();
        });
        return control;
    }
}
