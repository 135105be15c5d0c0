namespace Rememberizer.Contract.Fake.State;

/// <summary>
/// A change to a tenant's state, as the <see cref="StateJournal"/> records it. Each feature declares its own next to
/// its model and names them in the tenant's <see cref="ChangeNames"/>; each carries everything applying it needs
/// (ids, random tokens, moments), so applying is the same in every process and on every replay.
/// </summary>
public abstract record StateEvent;

/// <summary>The tenant as a whole went back to its seed.</summary>
public sealed record StateWasReset : StateEvent;
