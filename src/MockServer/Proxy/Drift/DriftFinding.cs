namespace Rememberizer.Contract.MockServer.Proxy.Drift;

/// <summary>One difference found in one exchange; the same finding seen again raises its entry's count.</summary>
public sealed record DriftFinding(string? OperationId, string Method, string Path, int Status, string Kind, string Where, string Detail)
{
    /// <summary>What makes two findings the same drift: everything but the detail.</summary>
    public (string?, string, string, int, string, string) Key => (OperationId, Method, Path, Status, Kind, Where);
}
