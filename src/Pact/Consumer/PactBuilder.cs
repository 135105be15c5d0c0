
namespace Rememberizer.Contract.Pact;

/// <summary>
/// Declares the interactions of one consumer test and checks them against a mock server.
/// Each <c>Verify</c> run consumes the interactions declared since the previous run.
/// </summary>
public sealed class PactBuilder
{
    private readonly IConsumerDriver _driver;
    private readonly List<RequestBuilder> _interactions = [];
    private IPactSession? _session;

    internal PactBuilder(string consumer, string provider, PactConfig config, IConsumerDriver driver)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consumer);
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        Consumer = consumer;
        Provider = provider;
        Config = config;
        _driver = driver;
    }

    public string Consumer { get; }

    public string Provider { get; }

    public PactConfig Config { get; }

    /// <summary>Starts a new interaction, named as the pact will show it.</summary>
    public RequestBuilder UponReceiving(string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        _session ??= _driver.NewPact(Consumer, Provider, Config.LogLevel);
        var interaction = new RequestBuilder(_session.NewInteraction(description), description, Config.JsonOptions);
        _interactions.Add(interaction);
        return interaction;
    }

    /// <summary>
    /// Starts the mock server, runs <paramref name="test"/> against it and writes the pact only when
    /// every declared request arrived exactly as declared. Throws <see cref="PactMismatchException"/> otherwise.
    /// </summary>
    public Task VerifyAsync(Func<MockServerContext, Task> test)
    {
        ArgumentNullException.ThrowIfNull(test);
        return ConsumerRun.RunAsync(TakeSession(), Config, $"{Consumer}-{Provider}", test);
    }

    /// <inheritdoc cref="VerifyAsync"/>
    public void Verify(Action<MockServerContext> test)
    {
        ArgumentNullException.ThrowIfNull(test);

        // The body is synchronous and the run has no other awaits, so this completes inline.
        VerifyAsync(context =>
        {
            test(context);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Writes the interactions declared so far to <see cref="PactConfig.PactDir"/> without a consumer test run: for
    /// tools that describe exchanges already seen (a recorder), whose answers need no mock server to prove them.
    /// The interactions stay declared, so a later call writes them again with any added since.
    /// </summary>
    public void WritePactFile(bool overwrite = true)
    {
        if (_session is null)
        {
            throw new InvalidOperationException("No interactions to write: call UponReceiving(...) first.");
        }

        foreach (var interaction in _interactions)
        {
            interaction.EnsureComplete();
        }

        Directory.CreateDirectory(Config.PactDir);
        _session.WritePact(Config.PactDir, overwrite);
    }

    private IPactSession TakeSession()
    {
        if (_session is null)
        {
            throw new InvalidOperationException("No interactions to verify: call UponReceiving(...) before Verify/VerifyAsync.");
        }

        foreach (var interaction in _interactions)
        {
            interaction.EnsureComplete();
        }

        var session = _session;
        _session = null;
        _interactions.Clear();
        return session;
    }
}
