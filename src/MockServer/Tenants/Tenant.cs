using System.Collections.Frozen;
using Microsoft.Extensions.DependencyInjection;
using Rememberizer.Contract.Fake.State;
using Rememberizer.Contract.Fake.Tenants;

namespace Rememberizer.Contract.MockServer.Tenants;

/// <summary>
/// One isolated world of the mock: its own users, sessions, mailbox, clock, data, keys and whatever else the host
/// registers per tenant, all in a container of its own, made from the same seed as every other tenant.
/// </summary>
public sealed class Tenant : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly FrozenSet<Type> _owned;
    private long _lastUsedTicks;

    internal Tenant(string name, ServiceProvider services, FrozenSet<Type> owned, DateTimeOffset createdAt)
    {
        Name = name;
        _services = services;
        _owned = owned;
        CreatedAt = createdAt;
        _lastUsedTicks = createdAt.UtcTicks;
    }

    public string Name { get; }

    public bool IsDefault => Name == TenantName.Default;

    /// <summary>The tenant's own container: only what the tenant owns, and the few settings it shares.</summary>
    public IServiceProvider Services => _services;

    /// <summary>
    /// What a request acting on this tenant resolves from: the tenant's services, and the rest from
    /// <paramref name="process"/> (the request's scope, or the process's container outside a request).
    /// </summary>
    public IServiceProvider Over(IServiceProvider process) => new TenantRequestServices(_services, process, _owned);

    /// <summary>The tenant's journal of changes, which a request catches up with before it reads anything.</summary>
    public StateJournal Journal => field ??= _services.GetRequiredService<StateJournal>();

    public DateTimeOffset CreatedAt { get; }

    /// <summary>When a request last named this tenant (real time: each tenant's fake clock is its own).</summary>
    public DateTimeOffset LastUsedAt => new(Interlocked.Read(ref _lastUsedTicks), TimeSpan.Zero);

    internal void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastUsedTicks, now.UtcTicks);

    public void Dispose() => _services.Dispose();
}
