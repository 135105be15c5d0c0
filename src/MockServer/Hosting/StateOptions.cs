using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.MockServer.Hosting;

/// <summary>Where the tenants' state is kept (section <c>State</c>): chosen once, at start-up.</summary>
public sealed class StateOptions
{
    public const string Section = "State";

    /// <summary><c>memory</c> (this process only), <c>sqlite:PATH</c> (survives restarts) or <c>redis://HOST:PORT</c> (shared by many processes).</summary>
    public string Store { get; set; } = MemoryStateStore.Name;
}
