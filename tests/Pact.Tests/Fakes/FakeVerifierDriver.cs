
namespace Rememberizer.Contract.Pact.Tests.Fakes;

internal sealed class FakeVerifierDriver : IVerifierDriver
{
    public List<string> Calls { get; } = [];

    public int ExitCode { get; set; }

    public bool Disposed { get; private set; }

    public IVerifierSession Create(string application, string version, PactLogLevel logLevel)
    {
        Calls.Add($"create {application}");
        return new Session(this);
    }

    private sealed class Session(FakeVerifierDriver driver) : IVerifierSession
    {
        private List<string> Calls => driver.Calls;

        public void SetProviderInfo(string name, string scheme, string host, int port, string path) =>
            Calls.Add($"provider {name} {scheme}://{host}:{port}{path}");

        public void AddFileSource(string file) => Calls.Add($"file {Path.GetFileName(file)}");

        public void AddDirectorySource(string directory) => Calls.Add("directory");

        public void AddUrlSource(string url, PactSourceAuth auth) => Calls.Add($"url {url} auth={auth}");

        public void AddBrokerSource(PactBrokerSource source) =>
            Calls.Add($"broker {source.BrokerUrl} auth={source.Auth} pending={source.EnablePending} wip={source.IncludeWipPactsSince:yyyy-MM-dd} " +
                $"branch={source.ProviderBranch} tags={string.Join(',', source.ProviderTags)} selectors={string.Join(',', source.ConsumerVersionSelectors.Select(s => s.ToJson()))}");

        public void SetPublishOptions(VerificationPublishOptions options) =>
            Calls.Add($"publish {options.ProviderVersion} branch={options.ProviderBranch} tags={string.Join(',', options.ProviderTags)} build={options.BuildUrl}");

        public void SetConsumerFilters(IReadOnlyList<string> consumers) => Calls.Add($"consumers {string.Join(',', consumers)}");

        public void SetNoPactsIsError(bool isError) => Calls.Add($"no-pacts-is-error {isError}");

        public void SetProviderState(string url, bool teardown, bool body) => Calls.Add($"state {url} teardown={teardown} body={body}");

        public void AddCustomHeader(string name, string value) => Calls.Add($"header {name}={value}");

        public void SetFilter(string? description, string? state, bool noState) =>
            Calls.Add($"filter {description ?? "-"} {state ?? "-"} {noState}");

        public void SetRequestTimeout(TimeSpan timeout) => Calls.Add($"timeout {timeout.TotalMilliseconds}");

        public void SetColouredOutput(bool coloured) => Calls.Add($"coloured {coloured}");

        public int Execute()
        {
            Calls.Add("execute");
            return driver.ExitCode;
        }

        public string Output() => driver.ExitCode == 0 ? "all passed" : "1) a sign-in - status 500 != 401";

        public string Json() => "{}";

        public string Logs() => string.Empty;

        public void Dispose() => driver.Disposed = true;
    }
}
