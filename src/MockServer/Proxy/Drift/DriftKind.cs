namespace Rememberizer.Contract.MockServer.Proxy.Drift;

/// <summary>The kinds of difference between an upstream's exchange and the contract, as the drift report names them.</summary>
public static class DriftKind
{
    /// <summary>The upstream answered a status the operation does not declare.</summary>
    public const string UndeclaredStatus = "undeclared_status";

    /// <summary>The request matched no operation of the contract, yet the upstream answered it.</summary>
    public const string UnknownOperation = "unknown_operation";

    /// <summary>The client's request broke the contract (it was forwarded anyway).</summary>
    public const string RequestViolation = "request_violation";

    /// <summary>A field the schema requires is absent from the upstream's body.</summary>
    public const string MissingField = "missing_field";

    /// <summary>The upstream's body carries a field the schema does not name.</summary>
    public const string UndeclaredField = "undeclared_field";

    /// <summary>A value of another type, format, range or media type than the contract declares.</summary>
    public const string WrongType = "wrong_type";

    /// <summary>A header the contract declares for the status is absent.</summary>
    public const string MissingHeader = "missing_header";
}
