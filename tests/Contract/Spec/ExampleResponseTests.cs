using System.Globalization;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.Tests.Spec;

/// <summary>
/// Every answer the mock can serve for <c>Prefer: code=…</c> is the spec's example for that status; each must hold
/// against the spec it comes from: typed fields, declared headers present, body valid.
/// </summary>
public sealed class ExampleResponseTests
{
    [Fact]
    public async Task EveryExampleTheMockCanServeValidatesAgainstTheSpec()
    {
        var document = await ContractDocument.LoadEmbeddedAsync();
        var failures = new List<string>();
        var served = 0;

        foreach (var operation in document.Operations)
        {
            foreach (var status in operation.DeclaredStatuses.Select(s => int.Parse(s, CultureInfo.InvariantCulture)))
            {
                var example = operation.ExampleFor(status)!;
                var headers = example.Headers.GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(h => h.Value)], StringComparer.OrdinalIgnoreCase);
                var violations = ResponseValidator.Validate(operation, new ResponseSnapshot(status, headers, example.ContentType, example.Body));
                failures.AddRange(violations.Select(v => $"{operation.OperationId} {status}: {v}"));
                served++;
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(served > 100, $"only {served} examples were checked");
    }

    [Fact]
    public async Task ExamplesAreTypedAndCarryEveryDeclaredHeaderValue()
    {
        var signUp = (await ContractDocument.LoadEmbeddedAsync()).FindById("signUp")!;

        var created = signUp.ExampleFor(201)!;

        Assert.Contains("\"id\":42", created.Body, StringComparison.Ordinal);
        Assert.Contains("\"email_verified\":false", created.Body, StringComparison.Ordinal);
        Assert.Equal(["access_token", "refresh_token"], created.Headers.Where(h => h.Key == "Set-Cookie").Select(h => h.Value.Split('=')[0]).Order());
        Assert.Null(signUp.ExampleFor(418));
    }
}
