
namespace Rememberizer.Contract.Pact;

/// <summary>Entry point for consumer tests.</summary>
public static class ConsumerPact
{
    /// <summary>Starts a V4 pact between <paramref name="consumer"/> and <paramref name="provider"/>.</summary>
    public static PactBuilder V4(string consumer, string provider, PactConfig? config = null) =>
        new(consumer, provider, config ?? new PactConfig(), NativeConsumerDriver.Instance);
}
