using System.Collections.Concurrent;
using System.Collections.Frozen;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Tenants;
using Rememberizer.Contract.Fake.World;

namespace Rememberizer.Contract.MockServer.Tenants;

/// <summary>
/// The tenants of one mock: the default one, which callers that name none use, and the named ones, each made on
/// first use from the same <see cref="TenantBlueprint"/> and seed. A request acting on a tenant resolves from
/// <see cref="Tenant.Over"/>; nothing about the tenant is ambient. A named tenant nobody used for <see cref="TenantOptions.IdleTimeout"/> is dropped; work still running
/// on it finishes on the instance it holds.
/// </summary>
public sealed class TenantRegistry : IDisposable
{
    private readonly TenantBlueprint _blueprint;
    private readonly IServiceProvider _process;
    private readonly TimeProvider _time;
    private readonly TenantOptions _options;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, Tenant> _named = new(StringComparer.Ordinal);
    private readonly FrozenSet<Type> _owned;
    private readonly ITimer _sweeper;
    private Tenant? _default;

    public TenantRegistry(TenantBlueprint blueprint, IServiceProvider process, TimeProvider time, IOptions<TenantOptions> options)
    {
        _blueprint = blueprint;
        _process = process;
        _time = time;
        _options = options.Value;
        _owned = blueprint.OwnedTypes();
        var period = _options.IdleTimeout < TimeSpan.FromMinutes(4) ? _options.IdleTimeout / 4 : TimeSpan.FromMinutes(1);
        _sweeper = time.CreateTimer(_ => SweepIdle(), null, period, period);
    }

    /// <summary>Raised once for each tenant made, before any request reaches it (the default one included).</summary>
    public event Action<Tenant>? Created;

    /// <summary>The tenant of callers that name none; made by <see cref="StartAsync"/> when the mock starts.</summary>
    public Tenant Default => _default ?? throw new InvalidOperationException("The default tenant is made when the mock starts.");

    /// <summary>Makes the default tenant (and reads its state back from the store); once, at start-up.</summary>
    public async Task StartAsync() => _default ??= await CreateAsync(TenantName.Default);

    /// <summary>Every tenant held, the default first, then by name.</summary>
    public IReadOnlyList<Tenant> All => [Default, .. _named.Values.OrderBy(t => t.Name, StringComparer.Ordinal)];

    /// <summary>
    /// The tenant of that (normalized) name, made now if it does not exist; null when making it would exceed
    /// <see cref="TenantOptions.MaxTenants"/>.
    /// </summary>
    public async ValueTask<Tenant?> GetOrCreateAsync(string name)
    {
        if (name == TenantName.Default)
        {
            return Default;
        }

        if (!_named.TryGetValue(name, out var tenant))
        {
            await _gate.WaitAsync();
            try
            {
                if (!_named.TryGetValue(name, out tenant))
                {
                    if (_named.Count + 1 >= _options.MaxTenants)
                    {
                        return null;
                    }

                    tenant = await CreateAsync(name);
                    _named[name] = tenant;
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        tenant.Touch(_time.GetUtcNow());
        return tenant;
    }

    /// <summary>Drops a named tenant and everything in it; false when there is none (the default cannot go).</summary>
    public bool Remove(string name) => name != TenantName.Default && _named.TryRemove(name, out _);

    /// <summary>Drops the named tenants unused for longer than the idle timeout; runs by itself on a timer.</summary>
    public void SweepIdle()
    {
        var cutoff = _time.GetUtcNow() - _options.IdleTimeout;
        foreach (var tenant in _named.Values)
        {
            if (tenant.LastUsedAt <= cutoff)
            {
                _named.TryRemove(new KeyValuePair<string, Tenant>(tenant.Name, tenant));
            }
        }
    }

    public void Dispose()
    {
        _sweeper.Dispose();
        foreach (var tenant in _named.Values)
        {
            tenant.Dispose();
        }

        _default?.Dispose();
    }

    private async Task<Tenant> CreateAsync(string name)
    {
        var tenant = new Tenant(name, _blueprint.Build(_process, name), _owned, _time.GetUtcNow());
        await tenant.Services.GetRequiredService<StateReset>().SeedAllAsync();
        Created?.Invoke(tenant);
        return tenant;
    }
}
