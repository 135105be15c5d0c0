namespace Rememberizer.Contract.Pact;

/// <summary>The seam between the consumer builders and pact_ffi, so builders test without the library.</summary>
internal interface IConsumerDriver
{
    /// <summary>Creates a V4 pact; the returned session owns the native pact handle.</summary>
    IPactSession NewPact(string consumer, string provider, PactLogLevel logLevel);
}

internal interface IPactSession : IDisposable
{
    IInteractionDriver NewInteraction(string description);

    /// <summary>Starts a mock server for every interaction declared so far, on an OS-chosen port.</summary>
    IMockServer StartMockServer(string host);

    /// <summary>Writes the interactions declared so far as a pact file, without a mock server run.</summary>
    void WritePact(string directory, bool overwrite);
}

internal enum HttpPart
{
    Request = 0,
    Response = 1,
}

internal interface IInteractionDriver
{
    void Given(string state);

    void GivenWithParams(string state, string paramsJson);

    void WithRequest(string method, string path);

    void WithQuery(string name, int index, string value);

    void WithHeader(HttpPart part, string name, int index, string value);

    void WithBody(HttpPart part, string contentType, string body);

    /// <summary>Any body of <paramref name="contentType"/> (a content-type matcher); <paramref name="example"/> is what the mock returns.</summary>
    void WithBinaryBody(HttpPart part, string contentType, byte[] example);

    void WithStatus(int status);
}

internal interface IMockServer : IDisposable
{
    int Port { get; }

    bool Matched();

    /// <summary>The mismatches JSON array, copied while the server still runs.</summary>
    string Mismatches();

    string Logs();

    void WritePact(string directory, bool overwrite);
}
