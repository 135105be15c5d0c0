namespace Rememberizer.Contract.MockServer.Hosting;

/// <summary>
/// Decides where to listen: <c>--urls</c> (or ASPNETCORE_URLS) wins, then the configured port on localhost. Port 0
/// asks the OS for a free one, which Kestrel can only do on an IP address, not on the name "localhost".
/// </summary>
public static class ListenAddress
{
    public static void Configure(WebApplicationBuilder builder)
    {
        if (!string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            return;
        }

        var port = builder.Configuration.GetValue<int?>($"{MockServerOptions.Section}:{nameof(MockServerOptions.Port)}")
            ?? new MockServerOptions().Port;
        builder.WebHost.UseUrls(port == 0 ? "http://127.0.0.1:0" : $"http://localhost:{port}");
    }
}
