using Microsoft.Extensions.Options;
using Rememberizer.Contract.MockServer.Fake.Clock;
using Rememberizer.Contract.MockServer.Fake.CommonKnowledge;
using Rememberizer.Contract.MockServer.Fake.Documents;
using Rememberizer.Contract.MockServer.Fake.Seed;
using Rememberizer.Contract.MockServer.Fake.VectorStores;
using Rememberizer.Contract.MockServer.Hosting;

namespace Rememberizer.Contract.MockServer.Fake;

/// <summary>Registers the data fake: users' libraries, vector stores, published knowledge and their settings.</summary>
public static class DataFakeServices
{
    public static IServiceCollection AddDataFake(this IServiceCollection services)
    {
        services.AddOptions<DataOptions>()
            .BindConfiguration(DataOptions.Section)
            .Configure<IOptions<MockServerOptions>>((data, mock) => data.Seed = mock.Value.Seed);
        services.AddSingleton<IdSequence>();
        services.AddSingleton(sp => new Library(sp.GetRequiredService<IOptions<DataOptions>>(), sp.GetRequiredService<IdSequence>(), sp.GetRequiredService<MockClock>()));
        services.AddSingleton(sp => new VectorStoreRegistry(sp.GetRequiredService<IOptions<DataOptions>>(), sp.GetRequiredService<MockClock>()));
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<Library>());
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<VectorStoreRegistry>());
        services.AddSingleton(sp => new PublicationRegistry(sp.GetRequiredService<MockClock>()));
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<PublicationRegistry>());
        services.AddSingleton<KnowledgePublisher>();
        services.AddSingleton<IStartupSeed, StartupKnowledge>();
        return services;
    }
}
