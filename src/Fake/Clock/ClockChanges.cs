using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.Clock;

public sealed record ClockAdvanced(TimeSpan By) : StateEvent;

public static class ClockChangeNames
{
    public static ChangeNames AddClockChanges(this ChangeNames names) => names.Add<ClockAdvanced>("clock_advanced");
}
