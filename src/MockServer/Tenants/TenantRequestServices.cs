using System.Collections.Frozen;
using Microsoft.Extensions.DependencyInjection;

namespace Rememberizer.Contract.MockServer.Tenants;

/// <summary>
/// The services a request acting on a tenant sees (its <c>HttpContext.RequestServices</c>): what the tenant owns
/// comes from the tenant's container, everything else from the request's scope of the process. The process's own
/// container does not know the tenant's services at all, so a singleton of the process that asks for one fails when
/// the host is built, instead of silently holding the default tenant's.
/// </summary>
public sealed class TenantRequestServices(IServiceProvider tenant, IServiceProvider process, FrozenSet<Type> owned)
    : IServiceProvider, IKeyedServiceProvider, IServiceProviderIsService
{
    public object? GetService(Type serviceType) =>
        serviceType == typeof(IServiceProviderIsService) ? this
        : owned.Contains(serviceType) ? tenant.GetService(serviceType)
        : process.GetService(serviceType);

    // Keyed services are the process's: a tenant registers none.
    public object? GetKeyedService(Type serviceType, object? serviceKey) => process.GetKeyedService(serviceType, serviceKey);

    public object GetRequiredKeyedService(Type serviceType, object? serviceKey) => process.GetRequiredKeyedService(serviceType, serviceKey);

    public bool IsService(Type serviceType) =>
        owned.Contains(serviceType) || process.GetService<IServiceProviderIsService>()?.IsService(serviceType) == true;
}
