using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Http.Validate;

/// <summary>Request body limits: 1 MiB for JSON, more for file uploads.</summary>
public sealed class MockServerLimits
{
    public long JsonBodyLimit { get; init; } = 1024 * 1024;

    public long UploadBodyLimit { get; init; } = 100L * 1024 * 1024;

    public long BodyLimitFor(ContractOperation operation) =>
        operation.Definition.ActualRequestBody?.Content.Keys.Any(k => k.StartsWith("multipart/", StringComparison.Ordinal)) == true
            ? UploadBodyLimit
            : JsonBodyLimit;
}
