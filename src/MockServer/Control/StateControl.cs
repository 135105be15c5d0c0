namespace Rememberizer.Contract.MockServer.Control;

/// <summary><c>/_mock/reset</c>, <c>/_mock/requests</c> and <c>/_mock/provider-states</c>.</summary>
public static class StateControl
{
    public static RouteGroupBuilder MapStateControl(this RouteGroupBuilder group) => group;
}
