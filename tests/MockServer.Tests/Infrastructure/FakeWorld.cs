using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Seed;

namespace Rememberizer.Contract.MockServer.Tests.Infrastructure;

/// <summary>One tenant's domain on its own, without HTTP: the fake's services as the mock registers them, seeded.</summary>
public sealed class FakeWorld : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private FakeWorld(ServiceProvider services) => _services = services;

    public static async Task<FakeWorld> CreateAsync(DataOptions? data = null)
    {
        var services = new ServiceCollection()
            .AddSingleton(Options.Create(new AuthOptions()))
            .AddSingleton(Options.Create(data ?? new DataOptions()))
            .AddRememberizerFake()
            .BuildServiceProvider();
        await services.GetRequiredService<StateReset>().SeedAllAsync();
        return new FakeWorld(services);
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
