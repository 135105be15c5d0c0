using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Proxy.Drift;

/// <summary>
/// What one exchange shows of the distance between the upstream and the contract, found with the validators the mock
/// uses on itself: the request's violations, the status, the declared headers, the body against its schema, and the
/// fields the body carries that the schema does not name.
/// </summary>
public static class DriftFindings
{
    public static IReadOnlyList<DriftFinding> Of(ObservedExchange observed, IReadOnlyList<Violation> requestViolations, out IReadOnlyList<Violation> responseViolations)
    {
        if (observed.Operation is not { } operation)
        {
            responseViolations = [];
            return [new DriftFinding(null, observed.Method, observed.Path, observed.Status, DriftKind.UnknownOperation, "",
                $"The contract has no operation for {observed.Method} {observed.Path}.")];
        }

        var findings = requestViolations.Select(v => Finding(observed, DriftKind.RequestViolation, RequestWhere(v), v)).ToList();
        var response = observed.ResponseSnapshot();
        List<Violation> violations = [.. ResponseValidator.Validate(operation, response)];
        if (observed.ResponseBody is not null && !violations.Any(v => v.Kind == ViolationKind.UndeclaredStatus))
        {
            violations.AddRange(ResponseValidator.UndeclaredFields(operation, response));
        }

        responseViolations = violations;
        findings.AddRange(violations.Select(v => Finding(observed, KindOf(v), ResponseWhere(v), v)));
        return findings;
    }

    private static DriftFinding Finding(ObservedExchange observed, string kind, string where, Violation violation) =>
        new(observed.Operation?.OperationId, observed.Method, observed.Operation?.FullPathTemplate ?? observed.Path, observed.Status, kind, where, violation.Message);

    private static string KindOf(Violation violation) => violation.Kind switch
    {
        ViolationKind.UndeclaredStatus => DriftKind.UndeclaredStatus,
        ViolationKind.MissingHeader => DriftKind.MissingHeader,
        ViolationKind.Required => DriftKind.MissingField,
        ViolationKind.NotAllowed => DriftKind.UndeclaredField,
        _ => DriftKind.WrongType,
    };

    private static string RequestWhere(Violation violation) => violation.Location switch
    {
        ViolationLocation.Query => $"query:{violation.Field}",
        ViolationLocation.Path => $"path:{violation.Field}",
        _ => DriftPointer.FromField(violation.Field),
    };

    private static string ResponseWhere(Violation violation) => violation.Location switch
    {
        ViolationLocation.ResponseHeader => violation.Field,
        ViolationLocation.Status => "",
        _ => DriftPointer.FromField(violation.Field),
    };
}
