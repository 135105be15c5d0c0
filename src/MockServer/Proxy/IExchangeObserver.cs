using Rememberizer.Contract.MockServer.Http.Resolve;

namespace Rememberizer.Contract.MockServer.Proxy;

/// <summary>
/// Something the proxy tells about each exchange once the client has its answer: the drift check, the recorder.
/// Observers never change the answer; an observer may note what it found on the <see cref="ContractExchange"/> for
/// the request log and the terminal.
/// </summary>
public interface IExchangeObserver
{
    void Observe(ObservedExchange observed, ContractExchange exchange);
}
