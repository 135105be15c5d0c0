namespace Rememberizer.Contract.MockServer.Hosting;

/// <summary>
/// Decides where to listen: <c>--urls</c> (or ASPNETCORE_URLS) wins, then <c>--port N</c>, then the configured port
/// on localhost.
/// </summary>
public static class ListenAddress
{
    public static void Configure(WebApplicationBuilder builder)
    {
        if (!string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            return;
        }

        var port = builder.Configuration.GetValue<int?>("port")
            ?? builder.Configuration.GetValue<int?>($"{MockServerOptions.Section}:{nameof(MockServerOptions.Port)}")
            ?? new MockServerOptions().Port;
        builder.WebHost.UseUrls($"http://localhost:{port}");
    }
}
