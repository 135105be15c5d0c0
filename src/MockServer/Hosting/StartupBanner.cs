using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.Fake.Seed;
using Rememberizer.Contract.Fake.State;
using Rememberizer.Contract.Fake.World;
using Rememberizer.Contract.MockServer.Control;
using Rememberizer.Contract.MockServer.Http.Authenticate;
using Rememberizer.Contract.MockServer.Http.Resolve;
using Rememberizer.Contract.MockServer.Pages;
using Rememberizer.Contract.MockServer.Proxy.Forwarding;
using Rememberizer.Contract.MockServer.Tenants;
using Rememberizer.Contract.MockServer.Terminal;

namespace Rememberizer.Contract.MockServer.Hosting;

/// <summary>
/// What the mock prints once it listens: where (the API, its reference, the dashboard), and what no public endpoint
/// reveals — the data seed, the API keys of the start-up vector store and common knowledge, the account that owns
/// them, the origins allowed to call with cookies. A block on a terminal; with <c>--quiet</c>, one line with the API
/// address and the keys.
/// </summary>
public static class StartupBanner
{
    public static void PrintWhenListening(WebApplication app, bool quiet)
    {
        var terminal = app.Services.GetRequiredService<TerminalLog>();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            if (addresses?.FirstOrDefault() is { } first)
            {
                // The keys shown are the default tenant's, the one a request naming none acts on.
                var services = app.Services.GetRequiredService<TenantRegistry>().Default.Over(app.Services);
                terminal.Write(new TextLine(app.Services.GetService<UpstreamAddress>() is { } upstream
                    ? ProxyLine(first, upstream, services)
                    : quiet ? Line(first, services) : Block([.. addresses], services)));
            }
        });

        if (!quiet)
        {
            app.Lifetime.ApplicationStopping.Register(() => terminal.Write(new TextLine("Stopping the Rememberizer mock server.")));
        }
    }

    public static string Line(string address, IServiceProvider services) =>
        $"Rememberizer mock server listening on {ApiBase(address)} ({Summary(services)})";

    /// <summary>The proxy's start-up line: where to point the app, where its answers come from, where drift is told.</summary>
    public static string ProxyLine(string address, UpstreamAddress upstream, IServiceProvider services)
    {
        var root = address.TrimEnd('/');
        var drift = services.GetRequiredService<IOptions<MockServerOptions>>().Value.ControlApiEnabled
            ? $"; drift at {root}{ControlApi.Prefix}/drift and on the dashboard {root}{ControlApi.Prefix}/"
            : "";
        return $"Rememberizer proxy listening on {ApiBase(address)}, forwarding to {upstream}{drift}";
    }

    public static string Summary(IServiceProvider services)
    {
        var keys = services.GetRequiredService<StartupKeys>();
        var (store, knowledge) = keys;
        var seed = services.GetRequiredService<IOptions<DataOptions>>().Value.Seed;
        var knowledgeKey = knowledge is null ? "" : $"; common knowledge \"{knowledge.Name}\", X-API-Key {knowledge.ApiKey}";
        var storeKey = store is null ? "no vector store" : $"vector store {store.Id}, x-api-key {keys.StoreKey}";
        return $"data seed {seed}; {storeKey}{knowledgeKey}";
    }

    private static string Block(IReadOnlyList<string> addresses, IServiceProvider services)
    {
        var root = addresses[0].TrimEnd('/');
        var keys = services.GetRequiredService<StartupKeys>();
        var (store, knowledge) = keys;
        var mock = services.GetRequiredService<IOptions<MockServerOptions>>().Value;
        var origins = services.GetRequiredService<IOptions<MockCorsOptions>>().Value.EffectiveOrigins;

        var block = new StringBuilder()
            .AppendLine($"Rememberizer mock server {ProductVersion.Current} listening on {ApiBase(root)}");
        foreach (var other in addresses.Skip(1))
        {
            block.AppendLine($"  also on        {ApiBase(other)}");
        }

        block.AppendLine($"  home page      {root}/  (in a browser: the base URL, the keys, the links below)");
        block.AppendLine($"  API reference  {root}{ApiReference.Path}/  (the contract: {root}{BrowserPages.YamlPath}, {BrowserPages.JsonPath})");
        if (mock.ControlApiEnabled)
        {
            block.AppendLine($"  dashboard      {root}{ControlApi.Prefix}/  (mailbox, users and sessions, requests, keys, clock, reset)")
                .AppendLine($"  control API    {root}{ControlApi.Prefix}/*  (JSON: health, config, mailbox, users, requests, reset, clock)");
        }

        block.AppendLine($"  data seed      {services.GetRequiredService<IOptions<DataOptions>>().Value.Seed}")
            .AppendLine($"  state          {services.GetRequiredService<IStateStore>().Description}  (tenants: X-Mock-Tenant or {TenantResolution.PathPrefix}NAME/api/v1)")
            .AppendLine(store is null ? "  vector store   none (the fixture has none)" : $"  vector store   {store.Id}  x-api-key {keys.StoreKey}");
        if (knowledge is not null)
        {
            block.AppendLine($"  knowledge      \"{knowledge.Name}\"  X-API-Key {knowledge.ApiKey}");
            if (knowledge.OwnerEmail == StartupKnowledge.OwnerEmail)
            {
                block.AppendLine($"  its owner      {StartupKnowledge.OwnerEmail} / {StartupKnowledge.OwnerPassword}");
            }
        }

        return block
            .AppendLine($"  CORS origins   {string.Join(", ", origins)}  (with cookies)")
            .AppendLine(PasswordHashingLine(services.GetRequiredService<IOptions<AuthOptions>>().Value.PasswordHashIterations))
            .Append("Ctrl-C stops it. A line per request and e-mail follows (--quiet silences them).")
            .ToString();
    }

    // Cheaper than production unless told otherwise, and said so, so nobody times a sign-in against the mock unaware.
    private static string PasswordHashingLine(int iterations)
    {
        const int production = AuthOptions.ProductionPasswordHashIterations;
        return iterations >= production
            ? string.Create(CultureInfo.InvariantCulture, $"  passwords      PBKDF2-SHA256, {iterations:N0} rounds (production cost)")
            : string.Create(CultureInfo.InvariantCulture,
                $"  passwords      PBKDF2-SHA256, {iterations:N0} round{(iterations == 1 ? "" : "s")}, cheaper than production ({production:N0}: --Auth:PasswordHashIterations={production})");
    }

    private static string ApiBase(string address) => address.TrimEnd('/') + OperationResolution.ApiPrefix;
}
