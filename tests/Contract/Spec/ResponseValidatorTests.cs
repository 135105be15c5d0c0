using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.Tests.Spec;

/// <summary>The validator the mock, the conformance tests and the pact check share: it must catch real drift.</summary>
public sealed class ResponseValidatorTests
{
    private static readonly Dictionary<string, IReadOnlyList<string>> NoHeaders = [];

    private static async Task<IReadOnlyList<Violation>> CheckAsync(string method, string path, int status, string? body, bool expectation = false)
    {
        var operation = (await ContractDocument.LoadEmbeddedAsync()).Find(method, path)!;
        var response = new ResponseSnapshot(status, NoHeaders, body is null ? null : "application/json", body);
        return expectation ? ResponseValidator.ValidateExpectation(operation, response) : ResponseValidator.Validate(operation, response);
    }

    [Fact]
    public async Task UndeclaredStatusIsAViolation()
    {
        var violations = await CheckAsync("GET", "/api/v1/account/", 418, """{"detail": "teapot"}""");

        Assert.Equal(ViolationKind.UndeclaredStatus, Assert.Single(violations).Kind);
    }

    [Fact]
    public async Task MissingRequiredFieldAndWrongTypeAreNamed()
    {
        var violations = await CheckAsync("GET", "/api/v1/account/", 200, """{"id": "forty-two", "email": "a@example.com"}""");

        Assert.Contains(violations, v => v is { Field: "id", Kind: ViolationKind.WrongType });
        Assert.Contains(violations, v => v is { Field: "name", Kind: ViolationKind.Required });
    }

    [Fact]
    public async Task NullWhereTheSchemaIsNullableIsFine()
    {
        var violations = await CheckAsync("GET", "/api/v1/documents/", 200, """{"count": 0, "next": null, "previous": null, "results": []}""");

        Assert.Empty(violations);
    }

    [Fact]
    public async Task DeclaredHeaderMissingIsAViolationButNotForAConsumerExpectation()
    {
        Assert.Contains(await CheckAsync("POST", "/api/v1/auth/signin/", 204, null), v => v.Kind == ViolationKind.MissingHeader);
        Assert.Empty(await CheckAsync("POST", "/api/v1/auth/signin/", 204, null, expectation: true));
    }
}
