
namespace Rememberizer.Contract.Pact;

/// <summary>
/// Replays pact files against a running provider through pact_ffi's verifier.
/// Configure with the <c>With…</c> calls, then call <see cref="Verify"/> once.
/// </summary>
public sealed class PactVerifier : IDisposable
{
    private readonly IVerifierSession _session;
    private bool _hasEndpoint;
    private bool _hasSource;
    private PactBrokerSource? _brokerSource;
    private VerificationPublishOptions? _publishing;
    private bool _verified;
    private bool _disposed;

    public PactVerifier(string providerName, string providerVersion, PactLogLevel logLevel = PactLogLevel.Info)
        : this(providerName, providerVersion, logLevel, NativeVerifierDriver.Instance)
    {
    }

    internal PactVerifier(string providerName, string providerVersion, PactLogLevel logLevel, IVerifierDriver driver)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerName);
        ArgumentException.ThrowIfNullOrWhiteSpace(providerVersion);
        ProviderName = providerName;
        ProviderVersion = providerVersion;
        _session = driver.Create(PactTools.ApplicationName, PactTools.ApplicationVersion, logLevel);
        try
        {
            _session.SetColouredOutput(false);
        }
        catch
        {
            _session.Dispose();
            throw;
        }
    }

    public string ProviderName { get; }

    /// <summary>The provider version under test, shown in the result summary.</summary>
    public string ProviderVersion { get; }

    /// <summary>The provider's base address: scheme, host, port and base path.</summary>
    public PactVerifier WithHttpEndpoint(Uri baseUri)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        EnsureConfigurable(nameof(WithHttpEndpoint));
        if (!baseUri.IsAbsoluteUri)
        {
            throw new ArgumentException("The provider endpoint must be an absolute URI.", nameof(baseUri));
        }

        if (_hasEndpoint)
        {
            throw new InvalidOperationException("WithHttpEndpoint(...) was already called; a verifier checks one provider endpoint.");
        }

        _session.SetProviderInfo(ProviderName, baseUri.Scheme, baseUri.Host, baseUri.Port, baseUri.AbsolutePath);
        _hasEndpoint = true;
        return this;
    }

    /// <summary>Verifies one pact file.</summary>
    public PactVerifier WithFileSource(string pactFile)
    {
        EnsureConfigurable(nameof(WithFileSource));
        if (!File.Exists(pactFile))
        {
            throw new FileNotFoundException($"Pact file '{pactFile}' does not exist.", pactFile);
        }

        _session.AddFileSource(Path.GetFullPath(pactFile));
        _hasSource = true;
        return this;
    }

    /// <summary>Verifies every pact in <paramref name="directory"/> whose provider is <see cref="ProviderName"/>.</summary>
    public PactVerifier WithDirectorySource(string directory)
    {
        EnsureConfigurable(nameof(WithDirectorySource));
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Pact directory '{directory}' does not exist.");
        }

        _session.AddDirectorySource(Path.GetFullPath(directory));
        _hasSource = true;
        return this;
    }

    /// <summary>Verifies the pact served at <paramref name="pactUrl"/> (fetched by the verifier, with <paramref name="auth"/>).</summary>
    public PactVerifier WithUrlSource(Uri pactUrl, PactSourceAuth? auth = null)
    {
        ArgumentNullException.ThrowIfNull(pactUrl);
        EnsureConfigurable(nameof(WithUrlSource));
        EnsureHttp(pactUrl, nameof(pactUrl));
        _session.AddUrlSource(pactUrl.AbsoluteUri, auth ?? PactSourceAuth.None);
        _hasSource = true;
        return this;
    }

    /// <summary>Verifies the pacts a Pact Broker selects for <see cref="ProviderName"/>.</summary>
    public PactVerifier WithPactBrokerSource(PactBrokerSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        EnsureConfigurable(nameof(WithPactBrokerSource));
        EnsureHttp(source.BrokerUrl, nameof(source));
        if (source.IncludeWipPactsSince is not null && !source.EnablePending)
        {
            throw new ArgumentException("Work-in-progress pacts are verified as pending: set EnablePending along with IncludeWipPactsSince.", nameof(source));
        }

        _session.AddBrokerSource(source);
        _brokerSource = source;
        _hasSource = true;
        return this;
    }

    /// <summary>Publishes the results to the broker the pacts came from (broker sources only).</summary>
    public PactVerifier WithPublishing(VerificationPublishOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ProviderVersion, nameof(options));
        EnsureConfigurable(nameof(WithPublishing));
        _session.SetPublishOptions(options);
        _publishing = options;
        return this;
    }

    /// <summary>Only the pacts of these consumers are verified.</summary>
    public PactVerifier WithConsumerFilter(params IReadOnlyList<string> consumers)
    {
        ArgumentNullException.ThrowIfNull(consumers);
        EnsureConfigurable(nameof(WithConsumerFilter));
        if (consumers.Count == 0 || consumers.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Name at least one consumer, and no empty names.", nameof(consumers));
        }

        _session.SetConsumerFilters(consumers);
        return this;
    }

    /// <summary>Whether finding no pact to verify fails the verification (pact_ffi's default: it does).</summary>
    public PactVerifier WithNoPactsIsError(bool isError)
    {
        EnsureConfigurable(nameof(WithNoPactsIsError));
        _session.SetNoPactsIsError(isError);
        return this;
    }

    /// <summary>
    /// The endpoint that sets up provider states. With <paramref name="body"/> the verifier POSTs
    /// <c>{"action","state","params"}</c> as JSON; it also calls it with an empty state for stateless interactions.
    /// </summary>
    public PactVerifier WithProviderStateUrl(Uri url, bool teardown = false, bool body = true)
    {
        ArgumentNullException.ThrowIfNull(url);
        EnsureConfigurable(nameof(WithProviderStateUrl));
        _session.SetProviderState(url.AbsoluteUri, teardown, body);
        return this;
    }

    /// <summary>A header added to every request replayed against the provider.</summary>
    public PactVerifier WithCustomHeader(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        EnsureConfigurable(nameof(WithCustomHeader));
        _session.AddCustomHeader(name, value);
        return this;
    }

    /// <summary>Limits verification: <paramref name="description"/> is a regex on interaction descriptions.</summary>
    public PactVerifier WithFilter(string? description = null, string? state = null, bool noState = false)
    {
        EnsureConfigurable(nameof(WithFilter));
        _session.SetFilter(description, state, noState);
        return this;
    }

    /// <summary>How long each request to the provider may take.</summary>
    public PactVerifier WithRequestTimeout(TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        EnsureConfigurable(nameof(WithRequestTimeout));
        _session.SetRequestTimeout(timeout);
        return this;
    }

    /// <summary>Runs the verification; it blocks until done, so use Task.Run from async code.</summary>
    public VerificationResult Verify()
    {
        EnsureConfigurable(nameof(Verify));
        if (!_hasEndpoint)
        {
            throw new InvalidOperationException("No provider endpoint: call WithHttpEndpoint(uri) before Verify().");
        }

        if (!_hasSource)
        {
            throw new InvalidOperationException(
                "No pacts to verify: call WithFileSource(...), WithDirectorySource(...), WithUrlSource(...) or WithPactBrokerSource(...) before Verify().");
        }

        EnsurePublishingMatchesTheBroker();

        _verified = true;
        var code = _session.Execute();
        var summary = $"Provider '{ProviderName}' {ProviderVersion}: {PactException.VerifierExecute(code)}";
        return new VerificationResult(code, summary, _session.Output(), _session.Json(), _session.Logs());
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _session.Dispose();
    }

    // pact_ffi publishes a broker source's results with the branch and tags given to the source, not those of the
    // publish options; a difference would be dropped silently.
    private void EnsurePublishingMatchesTheBroker()
    {
        if (_publishing is null || _brokerSource is null)
        {
            return;
        }

        if (_publishing.ProviderBranch != _brokerSource.ProviderBranch || !_publishing.ProviderTags.SequenceEqual(_brokerSource.ProviderTags))
        {
            throw new InvalidOperationException(
                "The provider branch and tags of WithPublishing(...) differ from those of WithPactBrokerSource(...); pact_ffi publishes the " +
                "broker source's, so give both the same ProviderBranch and ProviderTags.");
        }
    }

    private static void EnsureHttp(Uri url, string parameter)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"'{url}' is not an absolute http(s) URL.", parameter);
        }
    }

    private void EnsureConfigurable(string call)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_verified)
        {
            throw new InvalidOperationException($"{call}(...) came after Verify(); a verifier runs once, so create a new PactVerifier.");
        }
    }
}
