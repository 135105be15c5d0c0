using System.Net;
using System.Net.Http.Json;
using Rememberizer.Contract.MockServer.Control;
using Rememberizer.Contract.MockServer.Hosting;

namespace Rememberizer.Contract.Testing;

/// <summary>
/// The Rememberizer mock in this process, on a free port of 127.0.0.1 (Kestrel, so a browser or any HTTP client
/// reaches it too). Start as many as a test run needs; disposing one stops it and frees its port.
/// <code>
/// await using var mock = await RememberizerMock.StartAsync(new RememberizerMockOptions { Seed = 7 });
/// using var client = mock.CreateClient();
/// var account = await client.GetAsync("account/");
/// </code>
/// </summary>
public sealed class RememberizerMock : IAsyncDisposable
{
    private readonly InProcessMock _host;
    private readonly HttpClient _control;

    private RememberizerMock(InProcessMock host, HttpClient control, MockKeys keys)
    {
        _host = host;
        _control = control;
        Keys = keys;
        Control = new MockControl(control);
    }

    /// <summary>Where the mock listens: <c>http://127.0.0.1:PORT/</c> (the pages, <c>/docs/</c>, the dashboard <c>/_mock/</c>).</summary>
    public Uri Address => _host.ProviderRoot;

    /// <summary>The API's base address, <c>http://127.0.0.1:PORT/api/v1/</c>: what an app under test is pointed at.</summary>
    public Uri BaseAddress => new(Address, "api/v1/");

    /// <summary>The port this mock holds until it is disposed.</summary>
    public int Port => Address.Port;

    /// <summary>The API keys the mock started with.</summary>
    public MockKeys Keys { get; }

    /// <summary>The control API: reset, mailbox, clock, users, preferences.</summary>
    public MockControl Control { get; }

    /// <summary>
    /// Starts a mock and returns once it answers: the contract is loaded and the keys are read, so the first request
    /// a test sends is served. A setting the mock refuses fails here, naming it.
    /// </summary>
    public static async Task<RememberizerMock> StartAsync(RememberizerMockOptions? options = null, CancellationToken cancellationToken = default)
    {
        var host = await InProcessMock.StartAsync((options ?? new()).ToSettings(), cancellationToken, settingsFiles: false);
        var control = new HttpClient { BaseAddress = new Uri(host.ProviderRoot, ControlApi.Prefix + "/") };
        try
        {
            // Health answers once the contract has loaded (it loads in the background at start-up).
            using (var health = await control.GetAsync("health", cancellationToken))
            {
                health.EnsureSuccessStatusCode();
            }

            // A fixture may hold no vector store (a 404 here) or no knowledge: then that key is empty.
            using var storeAnswer = await control.GetAsync("vector-store", cancellationToken);
            var store = storeAnswer.StatusCode == HttpStatusCode.NotFound
                ? null
                : await storeAnswer.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<KeyEndpoints.VectorStoreKey>(cancellationToken);
            var knowledge = await control.GetFromJsonAsync<List<KeyEndpoints.PublishedKnowledge>>("common-knowledge", cancellationToken);
            var keys = new MockKeys(store?.ApiKey ?? "", knowledge is [var first, ..] ? first.ApiKey : "");
            return new RememberizerMock(host, control, keys);
        }
        catch
        {
            control.Dispose();
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A client of the API at <see cref="BaseAddress"/> with a cookie container of its own, so a sign-in's session
    /// cookies go with its later requests, as in a browser. Each client is a separate browser: dispose it when done.
    /// </summary>
    public HttpClient CreateClient() =>
        new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true }) { BaseAddress = BaseAddress };

    /// <summary>Stops the mock and frees its port.</summary>
    public async ValueTask DisposeAsync()
    {
        _control.Dispose();
        await _host.DisposeAsync();
    }
}
