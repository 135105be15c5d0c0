using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.Fake.Seed;
using Rememberizer.Contract.Fake.VectorStores;

namespace Rememberizer.Contract.MockServer.Hosting;

/// <summary>
/// The one line the mock prints when it listens: where, the data seed, and the keys an application needs (the
/// start-up vector store's and the start-up common knowledge's), which no public endpoint reveals.
/// </summary>
public static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var first = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (first is not null)
        {
            Console.WriteLine($"Rememberizer mock server listening on {first.TrimEnd('/')}/api/v1 ({Summary(app.Services)})");
        }
    }

    public static string Summary(IServiceProvider services)
    {
        var store = services.GetRequiredService<VectorStoreRegistry>().Primary.Store;
        var seed = services.GetRequiredService<IOptions<DataOptions>>().Value.Seed;
        var knowledge = services.GetRequiredService<PublicationRegistry>().All().FirstOrDefault();
        var knowledgeKey = knowledge is null ? "" : $"; common knowledge \"{knowledge.Name}\", X-API-Key {knowledge.ApiKey}";
        return $"data seed {seed}; vector store {store.Id}, x-api-key {store.ApiKey}{knowledgeKey}";
    }
}
