namespace Rememberizer.Contract.Pact;

/// <summary>The seam between <see cref="PactVerifier"/> and pact_ffi's verifier.</summary>
internal interface IVerifierDriver
{
    IVerifierSession Create(string application, string version, PactLogLevel logLevel);
}

/// <summary>One native verifier handle; disposing shuts it down.</summary>
internal interface IVerifierSession : IDisposable
{
    void SetProviderInfo(string name, string scheme, string host, int port, string path);

    void AddFileSource(string file);

    void AddDirectorySource(string directory);

    void AddUrlSource(string url, PactSourceAuth auth);

    void AddBrokerSource(PactBrokerSource source);

    void SetPublishOptions(VerificationPublishOptions options);

    void SetConsumerFilters(IReadOnlyList<string> consumers);

    void SetNoPactsIsError(bool isError);

    void SetProviderState(string url, bool teardown, bool body);

    void AddCustomHeader(string name, string value);

    void SetFilter(string? description, string? state, bool noState);

    void SetRequestTimeout(TimeSpan timeout);

    void SetColouredOutput(bool coloured);

    int Execute();

    string Output();

    string Json();

    string Logs();
}
