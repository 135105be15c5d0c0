using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.MockServer.Tenants;
using Rememberizer.Contract.MockServer.Terminal;

namespace Rememberizer.Contract.MockServer.Tests.Infrastructure;

/// <summary>
/// A fresh mock server per test, in memory. Settings can be overridden per test with <see cref="With"/>
/// (configuration keys such as <c>Auth:VerificationCodeLifetime</c>).
/// </summary>
public sealed class MockServerApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new();
    private readonly List<Action<IServiceCollection>> _services = [];

    public MockServerApp With(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Replaces services of the mock for this test (a fake <see cref="TimeProvider"/>, say).</summary>
    public MockServerApp WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>
    /// The services of the default tenant, the one a request naming none acts on (the process's own container does
    /// not resolve what a tenant owns).
    /// </summary>
    public IServiceProvider TenantServices => Services.GetRequiredService<TenantRegistry>().Default.Services;

    public MockClock Clock => TenantServices.GetRequiredService<MockClock>();

    /// <summary>What the mock printed on its terminal (without colour), line by line.</summary>
    public TerminalRecorder Terminal { get; } = new();

    /// <summary>A client that keeps cookies between requests, as a browser does.</summary>
    public HttpClient CreateBrowser(string baseAddress = "http://localhost/") =>
        CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress) });

    /// <summary>A client without a cookie jar, as curl is.</summary>
    public HttpClient CreateBareClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(new TerminalOutput(Terminal, Colour: false));
            foreach (var configure in _services)
            {
                configure(services);
            }
        });
    }
}
