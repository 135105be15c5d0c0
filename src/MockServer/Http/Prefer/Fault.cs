namespace Rememberizer.Contract.MockServer.Http.Prefer;

/// <summary>A way to fail without answering, for rehearsing outages a status code cannot show.</summary>
public enum Fault
{
    /// <summary>The connection is reset (TCP RST): the client sees ECONNRESET.</summary>
    Reset,

    /// <summary>The connection is closed without a byte of answer.</summary>
    Empty,

    /// <summary>No answer until the client gives up (or the mock's bound passes).</summary>
    Timeout,
}
