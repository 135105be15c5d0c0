using Rememberizer.Contract.MockServer.Tenants;

namespace Rememberizer.Contract.MockServer.Hosting;

/// <summary>
/// Makes the default tenant as the mock starts, before it listens: its state is seeded, or read back from the store
/// chosen with <c>--state</c>, so the first request, and the start-up banner's keys, find it ready. A store that
/// cannot be opened stops the start here, with the reason.
/// </summary>
public sealed class DefaultTenantStartup(TenantRegistry tenants) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => tenants.StartAsync();

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
