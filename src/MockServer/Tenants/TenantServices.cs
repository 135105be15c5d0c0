using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Rememberizer.Contract.MockServer.Tenants;

/// <summary>Registers the tenants.</summary>
public static class TenantServices
{
    /// <summary>
    /// Registers the <see cref="TenantRegistry"/> for <paramref name="blueprint"/>. What a tenant owns is registered in
    /// the tenant's container only: a request reaches it through <see cref="Tenant.Over"/>, and the process's
    /// container cannot resolve it.
    /// </summary>
    public static IServiceCollection AddTenants(this IServiceCollection services, TenantBlueprint blueprint)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(blueprint);
        services.AddSingleton(sp => new TenantRegistry(
            blueprint, sp, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<TenantOptions>>()));
        return services;
    }
}
