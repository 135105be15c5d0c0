using Rememberizer.Contract.MockServer.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddMockServer();

var app = builder.Build();
app.UseMockServer();
app.Run();

/// <summary>Entry point; public so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
