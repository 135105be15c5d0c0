using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Fake.World;
using Rememberizer.Contract.MockServer.Control.ProviderStates;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary>
/// <c>POST /_mock/provider-states</c>: the Pact state-change hook. <c>setup</c> runs the named state's handler
/// and answers the values it produced (tokens, keys), which the verifier injects into the request;
/// <c>teardown</c> resets the fake so interactions never see each other's data. The body is read as the other
/// control endpoints read theirs, so a wrongly typed field is named rather than answered "Bad request."; it lives
/// with them, not with the states' handlers, which need nothing of the control API.
/// </summary>
public static class ProviderStateEndpoints
{
    public static async Task<IResult> HandleAsync(HttpRequest request, [FromServices] ProviderStateHandlers handlers, [FromServices] StateReset reset)
    {
        var (body, rejection) = await ControlBody.ReadAsync(request);
        if (body is null)
        {
            return rejection!;
        }

        var state = body.String("state", allowBlank: true);
        var parameters = body.Object("params");
        var action = body.String("action");
        if (body.Errors.Count > 0)
        {
            return body.Rejection();
        }

        if (string.Equals(action, "teardown", StringComparison.OrdinalIgnoreCase))
        {
            await reset.ResetAllAsync();
            return Results.Ok(new Dictionary<string, string>());
        }

        if (string.IsNullOrEmpty(state))
        {
            return Results.Ok(new Dictionary<string, string>()); // interactions without a state still get a call
        }

        try
        {
            var values = await handlers.SetUpAsync(state, new ProviderStateParams(state, parameters ?? new Dictionary<string, JsonElement>()));
            return Results.Ok(values);
        }
        catch (ProviderStateException exception)
        {
            return DetailResult.BadRequest(exception.Message);
        }
    }
}
