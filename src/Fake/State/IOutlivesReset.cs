namespace Rememberizer.Contract.Fake.State;

/// <summary>
/// A part of a tenant's state that a reset keeps (the JWT signing key). A reset restates it in its own record, so
/// everything recorded before the reset can be discarded from the log and a later start still finds it.
/// </summary>
public interface IOutlivesReset
{
    /// <summary>The changes that rebuild this part as it is now; none while it is still empty.</summary>
    IEnumerable<StateEvent> Restate();
}
