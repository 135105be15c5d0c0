using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Mail;
using Rememberizer.Contract.Fake.Sessions;
using Rememberizer.Contract.Fake.Tenants;
using Rememberizer.Contract.MockServer.Control.Contracts;
using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.MockServer.Http.Log;
using Rememberizer.Contract.MockServer.Http.Resolve;
using Rememberizer.Contract.MockServer.Tenants;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary>The tenants the mock holds: each with what it holds, and a way to drop one.</summary>
public static class TenantEndpoints
{
    public static IResult List(TenantRegistry tenants) => Results.Ok(tenants.All.Select(Describe));

    public static IResult Remove(string name, TenantRegistry tenants)
    {
        if (TenantName.Normalize(name) is not { } normalized)
        {
            return DetailResult.BadRequest($"Invalid tenant \"{name}\": {TenantName.Rule}.");
        }

        if (normalized == TenantName.Default)
        {
            return DetailResult.BadRequest("The default tenant cannot be removed; POST /_mock/reset empties it.");
        }

        return tenants.Remove(normalized) ? Results.NoContent() : DetailResult.NotFound;
    }

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
