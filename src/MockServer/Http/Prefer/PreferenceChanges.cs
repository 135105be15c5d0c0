using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.MockServer.Http.Prefer;

// The mock's stored request preferences (what a Prefer header asks for, kept for one operation or all, for good or
// for a number of requests): the host applies them, the domain only keeps them in order with its own changes.
public abstract record PreferenceChange : StateEvent;

public sealed record PreferenceStored(int Id, string? OperationId, string Prefer, int? Times) : PreferenceChange;

public sealed record PreferenceUsed(int Id) : PreferenceChange;

public sealed record PreferencesCleared(string? OperationId) : PreferenceChange;

public static class PreferenceChangeNames
{
    public static ChangeNames AddPreferenceChanges(this ChangeNames names) => names
        .Add<PreferenceStored>("preference_stored")
        .Add<PreferenceUsed>("preference_used")
        .Add<PreferencesCleared>("preferences_cleared");
}
