using System.Collections.Frozen;
using Microsoft.Extensions.DependencyInjection;
using Rememberizer.Contract.Fake.Tenants;

namespace Rememberizer.Contract.MockServer.Tenants;

/// <summary>
/// What every tenant is made of: the services each tenant owns a copy of (the fake, and whatever per-tenant state
/// the host adds), and the few it shares with the whole process (settings). Each tenant's services live in a
/// container of its own, built from this one description.
/// </summary>
public sealed class TenantBlueprint
{
    private readonly List<Action<IServiceCollection>> _owned = [];
    private readonly List<Type> _shared = [];

    /// <summary>Services every tenant has its own instances of.</summary>
    public TenantBlueprint Own(Action<IServiceCollection> register)
    {
        _owned.Add(register);
        return this;
    }

    /// <summary>A service of the process (a setting, say) that every tenant's services see as it is.</summary>
    public TenantBlueprint Share<T>()
        where T : class
    {
        _shared.Add(typeof(T));
        return this;
    }

    /// <summary>
    /// Every service type a tenant owns (and the sequences of them, for multi-registrations such as IResettable): what
    /// a request acting on the tenant asks of the tenant's container rather than of the process's.
    /// </summary>
    public FrozenSet<Type> OwnedTypes()
    {
        var owned = new ServiceCollection();
        foreach (var register in _owned)
        {
            register(owned);
        }

        var types = owned.Select(d => d.ServiceType).Where(t => !t.IsGenericTypeDefinition).Append(typeof(TenantIdentity)).Distinct().ToList();
        return types.Concat(types.Select(t => typeof(IEnumerable<>).MakeGenericType(t))).ToFrozenSet();
    }

    internal ServiceProvider Build(IServiceProvider process, string name)
    {
        var services = new ServiceCollection();
        services.AddSingleton(new TenantIdentity(name));
        foreach (var type in _shared)
        {
            // An instance, not a factory: the process owns it, so a tenant's container never disposes it.
            services.AddSingleton(type, process.GetRequiredService(type));
        }

        foreach (var register in _owned)
        {
            register(services);
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
