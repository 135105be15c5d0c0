using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Rememberizer.Contract.MockServer.Tenants;

/// <summary>Registers the tenants and makes every service a tenant owns available from the process's container.</summary>
public static class TenantServices
{
    /// <summary>
    /// Registers the <see cref="TenantRegistry"/> for <paramref name="blueprint"/>. Each service a tenant owns (once)
    /// is also registered here, as a transient that answers the current tenant's instance: callers keep asking for
    /// a <c>UserStore</c> and get the one of the tenant their request named.
    /// </summary>
    public static IServiceCollection AddTenants(this IServiceCollection services, TenantBlueprint blueprint)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(blueprint);
        services.AddSingleton(sp => new TenantRegistry(
            blueprint, sp, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<TenantOptions>>()));
        foreach (var type in blueprint.ForwardedTypes())
        {
            services.AddTransient(type, sp => sp.GetRequiredService<TenantRegistry>().Current.Services.GetRequiredService(type));
        }

        return services;
    }
}
