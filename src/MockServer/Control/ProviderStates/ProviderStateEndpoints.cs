using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Fake.World;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Control.ProviderStates;

/// <summary>
/// <c>POST /_mock/provider-states</c>: the Pact state-change hook. <c>setup</c> runs the named state's handler
/// and answers the values it produced (tokens, keys), which the verifier injects into the request;
/// <c>teardown</c> resets the fake so interactions never see each other's data.
/// </summary>
public static class ProviderStateEndpoints
{
    public static async Task<IResult> HandleAsync(ProviderStateRequest request, [FromServices] ProviderStateHandlers handlers, [FromServices] StateReset reset)
    {
        if (string.Equals(request.Action, "teardown", StringComparison.OrdinalIgnoreCase))
        {
            await reset.ResetAllAsync();
            return Results.Ok(new Dictionary<string, string>());
        }

        if (string.IsNullOrEmpty(request.State))
        {
            return Results.Ok(new Dictionary<string, string>()); // interactions without a state still get a call
        }

        try
        {
            var values = await handlers.SetUpAsync(request.State, new ProviderStateParams(request.State, request.Params ?? []));
            return Results.Ok(values);
        }
        catch (ProviderStateException exception)
        {
            return DetailResult.BadRequest(exception.Message);
        }
    }
}
