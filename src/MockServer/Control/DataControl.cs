namespace Rememberizer.Contract.MockServer.Control;

/// <summary>Control routes of the data fake (vector store and its API key).</summary>
public static class DataControl
{
    public static RouteGroupBuilder MapDataControl(this RouteGroupBuilder group) => group;
}
