using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Seed;
using Rememberizer.Contract.Fake.State;
using Rememberizer.Contract.Fake.Tenants;
using Rememberizer.Contract.MockServer.Api;
using Rememberizer.Contract.MockServer.Http.Authenticate;
using Rememberizer.Contract.MockServer.Http.Log;
using Rememberizer.Contract.MockServer.Http.Prefer;

namespace Rememberizer.Contract.MockServer.Hosting;

/// <summary>
/// What one tenant owns: the whole fake, plus the mock's own state that belongs to a tenant — its request log, its
/// stored preferences, the access tokens its sessions validated — and what all tenants share: the settings and the
/// store their changes are recorded in.
/// </summary>
public static class TenantWorld
{
    public static TenantBlueprint Blueprint() => new TenantBlueprint()
        .Share<IOptions<AuthOptions>>()
        .Share<IOptions<DataOptions>>()
        .Share<IStateStore>()
        .Own(tenant => tenant.AddRememberizerFake())
        .Own(tenant =>
        {
            tenant.AddSingleton<RequestLog>();
            tenant.AddSingleton<IResettable>(sp => sp.GetRequiredService<RequestLog>());
            tenant.AddSingleton<StoredPreferences>();
            tenant.AddSingleton<IResettable>(sp => sp.GetRequiredService<StoredPreferences>());
            tenant.AddSingleton<SessionTokenValidator>();
            tenant.AddSingleton<CallerLibraries>();
        });
}
