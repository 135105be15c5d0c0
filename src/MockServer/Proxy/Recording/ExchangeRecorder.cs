using Rememberizer.Contract.MockServer.Http.Resolve;
using Rememberizer.Contract.Pact;

namespace Rememberizer.Contract.MockServer.Proxy.Recording;

/// <summary>
/// <c>--record DIR</c>: each exchange the proxy forwards becomes an interaction of one Pact V4 file (consumer
/// <see cref="Consumer"/>, provider <see cref="ProxyArguments.PactProvider"/>), written again after each new
/// interaction so a proxy that is killed loses nothing. The same request answered with the same status is recorded
/// once. The file is written by pact_ffi, so it is a pact as any Pact tool reads it.
/// </summary>
public sealed class ExchangeRecorder : IExchangeObserver
{
    public const string Consumer = "recorded";

    private readonly Lock _gate = new();
    private readonly PactBuilder _pact;
    private readonly HashSet<string> _recorded = [];

    public ExchangeRecorder(ProxyArguments arguments)
    {
        _pact = ConsumerPact.V4(Consumer, arguments.PactProvider, new PactConfig
        {
            PactDir = arguments.RecordDirectory ?? throw new ArgumentException("No folder to record in.", nameof(arguments)),
            LogLevel = PactLogLevel.Warn,
        });
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _recorded.Count;
            }
        }
    }

    public void Observe(ObservedExchange observed, ContractExchange exchange)
    {
        if (!RecordedInteraction.IsRecordable(observed))
        {
            return;
        }

        var description = RecordedInteraction.Describe(observed);
        lock (_gate)
        {
            if (_recorded.Contains(description))
            {
                return;
            }

            RecordedInteraction.Declare(_pact.UponReceiving(description), observed);
            _recorded.Add(description);
            _pact.WritePactFile(overwrite: true);
        }
    }
}
