using Rememberizer.Contract.MockServer.Hosting;
using Rememberizer.Contract.MockServer.Hosting.CommandLine;

return MockCommandLine.Run(args, settings =>
{
    // Settings travel with the binary, so the mock behaves the same from any working directory.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = settings, ContentRootPath = AppContext.BaseDirectory });
    builder.AddMockServer();

    var app = builder.Build();
    app.UseMockServer();
    app.Run();
});

/// <summary>Entry point; public so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
