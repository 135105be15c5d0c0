using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Mail;
using Rememberizer.Contract.Fake.Sessions;
using Rememberizer.Contract.Fake.Tenants;
using Rememberizer.Contract.MockServer.Control.Contracts;
using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.MockServer.Http.Log;
using Rememberizer.Contract.MockServer.Http.Resolve;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary>The tenants the mock holds: each with what it holds, and a way to drop one.</summary>
public static class TenantEndpoints
{
    public static IResult List(TenantRegistry tenants) => Results.Ok(tenants.All.Select(Describe));

    public static IResult Remove(string name, TenantRegistry tenants) =>
        TenantName.Normalize(name) is not { } normalized
            ? Results.Json(DrfErrors.Body($"Invalid tenant \"{name}\": {TenantName.Rule}."), statusCode: StatusCodes.Status400BadRequest)
            : normalized == TenantName.Default
                ? Results.Json(DrfErrors.Body("The default tenant cannot be removed; POST /_mock/reset empties it."), statusCode: StatusCodes.Status400BadRequest)
                : tenants.Remove(normalized)
                    ? Results.NoContent()
                    : Results.Json(DrfErrors.Body(DrfErrors.NotFoundText), statusCode: StatusCodes.Status404NotFound);

    private static TenantReply Describe(Tenant tenant)
    {
        var services = tenant.Services;
        return new TenantReply(
            tenant.Name,
            tenant.IsDefault ? null : $"{TenantResolution.PathPrefix}{tenant.Name}{OperationResolution.ApiPrefix}",
            services.GetRequiredService<UserStore>().Count,
            services.GetRequiredService<SessionStore>().Count.Sessions,
            services.GetRequiredService<Mailbox>().Count,
            services.GetRequiredService<RequestLog>().Count,
            tenant.CreatedAt,
            tenant.IsDefault ? null : tenant.LastUsedAt);
    }
}
