namespace Rememberizer.Contract.MockServer.Control;

/// <summary><c>/_mock/users</c>, <c>/_mock/mailbox</c> and <c>/_mock/clock/advance</c>.</summary>
public static class SessionControl
{
    public static RouteGroupBuilder MapSessionControl(this RouteGroupBuilder group) => group;
}
