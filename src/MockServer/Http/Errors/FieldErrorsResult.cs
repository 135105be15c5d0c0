namespace Rememberizer.Contract.MockServer.Http.Errors;

/// <summary>DRF's field-error body for the control API's minimal-API handlers, written by DrfErrors like every other error.</summary>
public sealed class FieldErrorsResult(IReadOnlyDictionary<string, IReadOnlyList<string>> errors) : IResult
{
    public static FieldErrorsResult Single(string field, string message) => new(new Dictionary<string, IReadOnlyList<string>> { [field] = [message] });

    public Task ExecuteAsync(HttpContext httpContext) => DrfErrors.WriteFieldsAsync(httpContext, errors);
}
