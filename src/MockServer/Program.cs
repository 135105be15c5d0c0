using Rememberizer.Contract.MockServer.Hosting;
using Rememberizer.Contract.MockServer.Hosting.CommandLine;

return MockCommandLine.Run(args, settings => MockServerHost.Build(settings).Run());

/// <summary>Entry point; public so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
