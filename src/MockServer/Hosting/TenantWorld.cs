using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Seed;
using Rememberizer.Contract.Fake.State;
using Rememberizer.Contract.Fake.World;
using Rememberizer.Contract.MockServer.Api;
using Rememberizer.Contract.MockServer.Control.ProviderStates;
using Rememberizer.Contract.MockServer.Http.Authenticate;
using Rememberizer.Contract.MockServer.Http.Log;
using Rememberizer.Contract.MockServer.Http.Prefer;
using Rememberizer.Contract.MockServer.Tenants;

namespace Rememberizer.Contract.MockServer.Hosting;

/// <summary>
/// What one tenant owns: the whole fake, plus the mock's own state that belongs to a tenant — its request log, its
/// stored preferences, the access tokens its sessions validated — and what all tenants share: the settings and the
/// store their changes are recorded in.
/// </summary>
public static class TenantWorld
{
    // The names every tenant's changes are stored under: the domain's and the stored preferences'. One for the
    // process, so the serializer is built once.
    public static ChangeNames ChangeNames { get; } = DomainWorld.ChangeNames().AddPreferenceChanges();

    public static TenantBlueprint Blueprint() => new TenantBlueprint()
        .Share<IOptions<AuthOptions>>()
        .Share<IOptions<DataOptions>>()
        .Share<IStateStore>()
        .Share<StartupFixtureFile>()
        .Own(tenant => tenant.AddRememberizerFake())
        .Own(tenant =>
        {
            tenant.AddSingleton<RequestLog>();
            tenant.AddSingleton<IResettable>(sp => sp.GetRequiredService<RequestLog>());
            tenant.AddSingleton<StoredPreferences>();
            tenant.AddSingleton<IResettable>(sp => sp.GetRequiredService<StoredPreferences>());
            tenant.AddSingleton<ApplyChange>(sp => sp.GetRequiredService<StoredPreferences>().Apply);
            tenant.AddSingleton(ChangeNames);
            tenant.AddSingleton<SessionTokenValidator>();
            tenant.AddSingleton<CallerLibraries>();
            tenant.AddTransient<ProviderStateHandlers>();
        });
}
