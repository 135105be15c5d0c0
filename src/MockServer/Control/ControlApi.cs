using Microsoft.Extensions.Options;
using Rememberizer.Contract.MockServer.Hosting;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary>
/// The control API under <c>/_mock</c>: never part of the Rememberizer contract, served only when enabled.
/// Each area maps its own routes from its own file.
/// </summary>
public static class ControlApi
{
    public const string Prefix = "/_mock";

    public static IEndpointRouteBuilder MapControlApi(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<IOptions<MockServerOptions>>().Value.ControlApiEnabled)
        {
            return app;
        }

        var group = app.MapGroup(Prefix).ExcludeFromDescription();
        group.MapStateControl();
        group.MapSessionControl();
        group.MapDataControl();
        group.MapKnowledgeControl();
        return app;
    }
}
