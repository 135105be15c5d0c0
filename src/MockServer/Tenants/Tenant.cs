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
    private long _lastUsedTicks;

    internal Tenant(string name, ServiceProvider services, DateTimeOffset createdAt)
    {
        Name = name;
        _services = services;
        CreatedAt = createdAt;
        _lastUsedTicks = createdAt.UtcTicks;
    }

    public string Name { get; }

    public bool IsDefault => Name == TenantName.Default;

    public IServiceProvider Services => _services;

    /// <summary>The tenant's journal of changes, which a request catches up with before it reads anything.</summary>
    public StateJournal Journal => field ??= _services.GetRequiredService<StateJournal>();

    public DateTimeOffset CreatedAt { get; }

    /// <summary>When a request last named this tenant (real time: each tenant's fake clock is its own).</summary>
    public DateTimeOffset LastUsedAt => new(Interlocked.Read(ref _lastUsedTicks), TimeSpan.Zero);

    internal void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastUsedTicks, now.UtcTicks);

    public void Dispose() => _services.Dispose();
}
