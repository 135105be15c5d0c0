using Rememberizer.Contract.MockServer.Pages;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary>
/// The control API under <c>/_mock</c>: never part of the Rememberizer contract, served only when enabled. The
/// whole route table is here, the dashboard page that drives it first; each resource's handlers live in a class
/// named after it. JSON is snake_case, like the API's.
/// </summary>
public static class ControlApi
{
    public const string Prefix = "/_mock";

    public static IEndpointRouteBuilder MapControlApi(this IEndpointRouteBuilder app)
    {
        var mock = app.MapGroup(Prefix).ExcludeFromDescription();

        mock.MapGet("/", DashboardPage.Serve);
        mock.MapGet("/dashboard.js", DashboardPage.Script.Serve);
        mock.MapGet("/dashboard.css", DashboardPage.Styles.Serve);

        mock.MapGet("/health", MockStateEndpoints.HealthAsync);
        mock.MapGet("/config", MockStateEndpoints.Config);
        mock.MapPost("/reset", MockStateEndpoints.ResetAsync);
        mock.MapGet("/fixtures", FixtureEndpoints.Export);
        mock.MapPost("/fixtures", FixtureEndpoints.LoadAsync);
        mock.MapGet("/fixtures/loaded", FixtureEndpoints.Loaded);
        mock.MapGet("/fixtures.schema.json", FixtureEndpoints.Schema.Serve);
        mock.MapPost("/clock/advance", MockStateEndpoints.AdvanceClock);
        mock.MapGet("/requests", RequestLogEndpoints.Recent);
        mock.MapGet("/requests/{id:long}", RequestLogEndpoints.Detail);

        mock.MapGet("/tenants", TenantEndpoints.List);
        mock.MapDelete("/tenants/{name}", TenantEndpoints.Remove);

        mock.MapGet("/preferences", PreferenceEndpoints.List);
        mock.MapPost("/preferences", PreferenceEndpoints.CreateAsync);
        mock.MapDelete("/preferences", PreferenceEndpoints.ClearAsync);

        mock.MapGet("/users", UserEndpoints.List);
        mock.MapPost("/users", UserEndpoints.Create);
        mock.MapPost("/users/{id:int}/verify", UserEndpoints.VerifyAsync);
        mock.MapDelete("/users/{id:int}", UserEndpoints.DeleteAsync);
        mock.MapDelete("/sessions/{id}", UserEndpoints.RevokeSessionAsync);
        mock.MapGet("/mailbox", UserEndpoints.Mailbox);

        mock.MapGet("/vector-store", KeyEndpoints.StartupVectorStore);
        mock.MapGet("/vector-stores", KeyEndpoints.VectorStores);
        mock.MapGet("/vector-stores/{id}/keys", VectorStoreKeyEndpoints.List);
        mock.MapPost("/vector-stores/{id}/keys", VectorStoreKeyEndpoints.CreateAsync);
        mock.MapDelete("/vector-stores/{id}/keys/{keyId}", VectorStoreKeyEndpoints.RevokeAsync);
        mock.MapGet("/common-knowledge", KeyEndpoints.Knowledge);
        mock.MapPost("/common-knowledge", KeyEndpoints.PublishAsync);
        mock.MapPost("/common-knowledge/{id:int}/regenerate-key", KeyEndpoints.RegenerateKnowledgeKeyAsync);
        mock.MapPatch("/common-knowledge/{id:int}", KeyEndpoints.ChangeKnowledgeAsync);
        mock.MapDelete("/common-knowledge/{id:int}", KeyEndpoints.WithdrawKnowledgeAsync);

        mock.MapPost("/provider-states", ProviderStateEndpoints.HandleAsync);
        return app;
    }
}
