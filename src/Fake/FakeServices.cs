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
using Rememberizer.Contract.Fake.VectorStores;

namespace Rememberizer.Contract.Fake;

/// <summary>
/// The one place the domain is registered: every service of the fake, as singletons (the fake is one shared
/// world). The host binds <see cref="AuthOptions"/> and <see cref="DataOptions"/> from its configuration.
/// </summary>
public static class FakeServices
{
    public static IServiceCollection AddRememberizerFake(this IServiceCollection services)
    {
        services.AddSingleton<MockClock>();
        services.AddSingleton<StateReset>();

        // Accounts, sessions, mail and OAuth.
        AddResettable<UserStore>(services);
        AddResettable<VerificationCodes>(services);
        AddResettable<Mailbox>(services);
        AddResettable<SessionStore>(services);
        AddResettable<AuthorizationCodes>(services);
        services.AddSingleton<PasswordHashing>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<AccountRemoval>();
        services.AddSingleton<AccessTokens>();
        services.AddSingleton<SessionTokens>();
        services.AddSingleton<OAuthService>();

        // Users' data, vector stores and published knowledge.
        AddResettable(services, sp => new Library(sp.GetRequiredService<IOptions<DataOptions>>(), sp.GetRequiredService<MockClock>()));
        AddResettable(services, sp => new VectorStoreRegistry(sp.GetRequiredService<IOptions<DataOptions>>(), sp.GetRequiredService<MockClock>()));
        AddResettable(services, sp => new PublicationRegistry(sp.GetRequiredService<MockClock>()));
        services.AddSingleton<KnowledgePublisher>();
        services.AddSingleton<IStartupSeed, StartupKnowledge>();
        return services;
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
