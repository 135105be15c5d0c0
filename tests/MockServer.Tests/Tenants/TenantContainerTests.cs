using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.State;
using Rememberizer.Contract.MockServer.Http.Log;
using Rememberizer.Contract.MockServer.Http.Prefer;
using Rememberizer.Contract.MockServer.Tenants;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Tenants;

/// <summary>
/// What a tenant owns lives in the tenant's container only: the process's container cannot hand it out, so nothing
/// can hold the default tenant's by accident, and a singleton that asks for it stops the start naming both.
/// </summary>
public sealed class TenantContainerTests
{
    public static TheoryData<Type> Owned => [typeof(UserStore), typeof(MockClock), typeof(StateJournal), typeof(RequestLog), typeof(StoredPreferences)];

    [Theory]
    [MemberData(nameof(Owned))]
    public async Task TheProcessContainerDoesNotResolveWhatATenantOwns(Type owned)
    {
        await using var app = new MockServerApp();

        Assert.Null(app.Services.GetService(owned));
        Assert.Throws<InvalidOperationException>(() => app.Services.GetRequiredService(owned));
        Assert.NotNull(app.TenantServices.GetService(owned));
    }

    [Fact]
    public async Task ARequestsServicesAreItsTenantsAndTheProcesssOthers()
    {
        await using var app = new MockServerApp();
        var registry = app.Services.GetRequiredService<TenantRegistry>();
        var alice = await registry.GetOrCreateAsync("alice");

        var services = alice!.Over(app.Services);

        Assert.Same(alice.Services.GetRequiredService<UserStore>(), services.GetRequiredService<UserStore>());
        Assert.NotSame(registry.Default.Services.GetRequiredService<UserStore>(), services.GetRequiredService<UserStore>());
        Assert.Same(app.Services.GetRequiredService<IOptions<MockServerOptions>>(), services.GetRequiredService<IOptions<MockServerOptions>>());
        Assert.True(services.GetRequiredService<IServiceProviderIsService>().IsService(typeof(UserStore)));
        Assert.Equal(
            alice.Services.GetServices<IResettable>(),
            services.GetServices<IResettable>());
    }

    [Fact]
    public async Task ASingletonOfTheProcessThatTakesATenantsServiceStopsTheStartNamingBoth()
    {
        await using var app = new MockServerApp().WithServices(services => services.AddSingleton<HoldsAUserStore>());

        var failure = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains(nameof(HoldsAUserStore), failure.ToString(), StringComparison.Ordinal);
        Assert.Contains(nameof(UserStore), failure.ToString(), StringComparison.Ordinal);
    }

    private sealed class HoldsAUserStore(UserStore users)
    {
        public int Count => users.Count;
    }
}
