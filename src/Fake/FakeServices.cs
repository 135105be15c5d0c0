using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.Mail;
using Rememberizer.Contract.Fake.OAuth;
using Rememberizer.Contract.Fake.Seed;
using Rememberizer.Contract.Fake.Sessions;
using Rememberizer.Contract.Fake.State;
using Rememberizer.Contract.Fake.Tenants;
using Rememberizer.Contract.Fake.VectorStores;

namespace Rememberizer.Contract.Fake;

/// <summary>
/// The one place the domain is registered: every service of the fake, as singletons of one tenant's world. The host
/// binds <see cref="AuthOptions"/> and <see cref="DataOptions"/> from its configuration and may share an
/// <see cref="IStateStore"/>. Every part of the state is an <see cref="IResettable"/> or an <see cref="IChangeApplier"/>:
/// made together with the tenant, so each has said how it applies its changes before the first change is replayed.
/// </summary>
public static class FakeServices
{
    public static IServiceCollection AddRememberizerFake(this IServiceCollection services)
    {
        // The tenant's journal of changes, over the store chosen at start-up (memory unless the host shares another).
        services.AddSingleton(sp => new StateJournal(
            (sp.GetService<IStateStore>() ?? new MemoryStateStore()).Open(sp.GetService<TenantIdentity>()?.Name ?? TenantName.Default)));
        services.AddSingleton<MockClock>();
        services.AddSingleton<StateReset>();

        // Accounts, sessions, mail and OAuth.
        AddResettable<UserStore>(services);
        AddResettable<VerificationCodes>(services);
        AddResettable<Mailbox>(services);
        AddResettable<SessionStore>(services);
        AddResettable<AuthorizationCodes>(services);
        AddApplier<SigningKey>(services);
        services.AddSingleton<IStartupSeed>(sp => sp.GetRequiredService<SigningKey>());
        services.AddSingleton<IOutlivesReset>(sp => sp.GetRequiredService<SigningKey>());
        services.AddSingleton<PasswordHashing>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<AccountRemoval>();
        services.AddSingleton<AccessTokens>();
        services.AddSingleton<SessionTokens>();
        services.AddSingleton<OAuthService>();

        // Users' data, vector stores and published knowledge.
        AddResettable(services, sp => new Library(sp.GetRequiredService<IOptions<DataOptions>>(), sp.GetRequiredService<MockClock>()));
        AddResettable(services, sp => new VectorStoreRegistry(sp.GetRequiredService<IOptions<DataOptions>>(), sp.GetRequiredService<MockClock>()));
        AddResettable(services, sp => new PublicationRegistry(sp.GetRequiredService<StateJournal>()));
        services.AddSingleton<KnowledgePublisher>();

        // The changes to users' data, each decided and recorded through the tenant's journal.
        AddApplier<LibraryChanges>(services);
        AddApplier<VectorStoreChanges>(services);
        services.AddSingleton<IStartupSeed, StartupKnowledge>();
        services.AddSingleton<StartupKeys>();
        return services;
    }

    private static void AddApplier<T>(IServiceCollection services)
        where T : class, IChangeApplier
    {
        services.AddSingleton<T>();
        services.AddSingleton<IChangeApplier>(sp => sp.GetRequiredService<T>());
    }

    private static void AddResettable<T>(IServiceCollection services)
        where T : class, IResettable
    {
        services.AddSingleton<T>();
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<T>());
    }

    private static void AddResettable<T>(IServiceCollection services, Func<IServiceProvider, T> create)
        where T : class, IResettable
    {
        services.AddSingleton(create);
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<T>());
    }
}
