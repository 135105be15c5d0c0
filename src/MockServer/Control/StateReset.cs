using Rememberizer.Contract.MockServer.Fake;
using Rememberizer.Contract.MockServer.Fake.Clock;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary>Drops every piece of the fake's state back to the seed and rewinds the clock.</summary>
public sealed class StateReset(IEnumerable<IResettable> state, MockClock clock)
{
    public void ResetAll()
    {
        foreach (var part in state)
        {
            part.Reset();
        }

        clock.Reset();
    }
}
