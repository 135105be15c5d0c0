using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Libraries;
using Rememberizer.Contract.Fake.Seed;
using Rememberizer.Contract.Fake.State;
using Rememberizer.Contract.Fake.Tenants;
using Rememberizer.Contract.Fake.World;

namespace Rememberizer.Contract.MockServer.Hosting;

/// <summary>
/// The domain as services of one tenant's container: the <see cref="DomainWorld"/>, composed by hand, and each of its
/// parts as a singleton taken from it. The host binds <see cref="AuthOptions"/> and <see cref="DataOptions"/> and may
/// share an <see cref="IStateStore"/> and the <see cref="ChangeNames"/> with its own changes added; it may register
/// parts of its own as <see cref="IResettable"/> and <see cref="ApplyChange"/>, which the world resets and hands
/// to the journal with its own.
/// </summary>
public static class FakeServices
{
    public static IServiceCollection AddRememberizerFake(this IServiceCollection services)
    {
        // The tenant's journal of changes, over the store chosen at start-up (memory unless the host shares another).
        services.AddSingleton(sp => new StateJournal(
            (sp.GetService<IStateStore>() ?? new MemoryStateStore()).Open(sp.GetService<TenantIdentity>()?.Name ?? TenantName.Default),
            sp.GetService<ChangeNames>() ?? DomainWorld.ChangeNames()));
        services.AddSingleton(sp => new DomainWorld(
            sp.GetRequiredService<IOptions<AuthOptions>>(),
            sp.GetRequiredService<IOptions<DataOptions>>(),
            sp.GetRequiredService<StateJournal>(),
            sp.GetServices<IResettable>(),
            sp.GetServices<ApplyChange>(),
            sp.GetService<StartupFixtureFile>()?.Source));

        Forward(services, w => w.Reset);
        Forward(services, w => w.Clock);
        Forward(services, w => w.Users);
        Forward(services, w => w.Codes);
        Forward(services, w => w.Mailbox);
        Forward(services, w => w.Sessions);
        Forward(services, w => w.AuthorizationCodes);
        Forward(services, w => w.SigningKey);
        Forward(services, w => w.Passwords);
        Forward(services, w => w.Accounts);
        Forward(services, w => w.AccountRemoval);
        Forward(services, w => w.AccessTokens);
        Forward(services, w => w.SessionTokens);
        Forward(services, w => w.OAuth);
        Forward(services, w => w.Library);
        Forward(services, w => w.VectorStores);
        Forward(services, w => w.Publications);
        Forward(services, w => w.Publisher);
        Forward(services, w => w.LibraryChanges);
        Forward(services, w => w.VectorStoreChanges);
        Forward(services, w => w.StartupKeys);
        Forward(services, w => w.Fixture);
        return services;
    }

    private static void Forward<T>(IServiceCollection services, Func<DomainWorld, T> part)
        where T : class =>
        services.AddSingleton(sp => part(sp.GetRequiredService<DomainWorld>()));
}
