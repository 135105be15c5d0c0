namespace Rememberizer.Contract.Spec;

/// <summary>Where in an exchange a violation was found.</summary>
public enum ViolationLocation
{
    Operation,
    Path,
    Query,
    RequestBody,
    Status,
    ResponseHeader,
    ResponseBody,
}

/// <summary>What kind of rule was broken; lets callers pick the HTTP status (400, 404, 415…).</summary>
public enum ViolationKind
{
    UnknownOperation,
    Required,
    WrongType,
    NotNullable,
    OutOfBounds,
    NotAllowed,
    BadFormat,
    Malformed,
    UnsupportedMediaType,
    UndeclaredStatus,
    MissingHeader,
    UnexpectedBody,
}

/// <summary>
/// One way a request or response departs from the contract. <see cref="Field"/> is the JSON path of the value
/// (<c>email</c>, <c>matched_chunks[0].distance</c>) or the parameter name; <see cref="Message"/> is phrased as a
/// Django REST Framework error so the mock can put it on the wire unchanged.
/// </summary>
public sealed record Violation(ViolationLocation Location, string Field, ViolationKind Kind, string Message)
{
    /// <summary>The field name DRF uses for errors about the body as a whole.</summary>
    public const string NonFieldErrors = "non_field_errors";

    public override string ToString() => $"{Location} {Field}: {Message}";
}
