namespace Rememberizer.Contract.Fake.State;

/// <summary>
/// A part of a tenant that applies recorded changes (it registers with the <see cref="StateJournal"/> when made).
/// Every one is made together with the tenant, before its recorded changes are replayed; parts that also hold
/// state to drop on a reset are <see cref="IResettable"/> instead, which are made the same way.
/// </summary>
public interface IChangeApplier
{
}
