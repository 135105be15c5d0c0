
namespace Rememberizer.Contract.Pact.Tests.Fakes;

/// <summary>Records every native call as a line of text so builder tests can assert the exact sequence.</summary>
internal sealed class FakeConsumerDriver : IConsumerDriver
{
    public List<string> Calls { get; } = [];

    public FakeMockServer Server { get; } = new();

    public int PactsCreated { get; private set; }

    public int PactsFreed { get; private set; }

    public IPactSession NewPact(string consumer, string provider, PactLogLevel logLevel)
    {
        PactsCreated++;
        Calls.Add($"pact {consumer}->{provider}");
        return new Session(this);
    }

    private sealed class Session(FakeConsumerDriver driver) : IPactSession
    {
        public IInteractionDriver NewInteraction(string description)
        {
            driver.Calls.Add($"interaction {description}");
            return new Interaction(driver.Calls);
        }

        public IMockServer StartMockServer(string host)
        {
            driver.Calls.Add($"start {host}");
            return driver.Server;
        }

        public void WritePact(string directory, bool overwrite) => driver.Calls.Add($"write {directory} overwrite={overwrite}");

        public void Dispose() => driver.PactsFreed++;
    }

    private sealed class Interaction(List<string> calls) : IInteractionDriver
    {
        public void Given(string state) => calls.Add($"given {state}");

        public void GivenWithParams(string state, string paramsJson) => calls.Add($"given {state} {paramsJson}");

        public void WithRequest(string method, string path) => calls.Add($"request {method} {path}");

        public void WithQuery(string name, int index, string value) => calls.Add($"query {name}[{index}]={value}");

        public void WithHeader(HttpPart part, string name, int index, string value) =>
            calls.Add($"{part.ToString().ToLowerInvariant()} header {name}[{index}]={value}");

        public void WithBody(HttpPart part, string contentType, string body) =>
            calls.Add($"{part.ToString().ToLowerInvariant()} body {contentType} {body}");

        public void WithBinaryBody(HttpPart part, string contentType, byte[] example) =>
            calls.Add($"{part.ToString().ToLowerInvariant()} binary body {contentType} {example.Length} bytes");

        public void WithStatus(int status) => calls.Add($"status {status}");
    }
}
