using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.Tests.Spec;

/// <summary>
/// Every answer the mock can serve for <c>Prefer: code=…</c> or <c>example=…</c> is one of the spec's examples for
/// that status; each must hold against the spec it comes from: typed fields, declared headers present, body valid.
/// </summary>
public sealed class ExampleResponseTests
{
    [Fact]
    public async Task EveryExampleTheMockCanServeValidatesAgainstTheSpec()
    {
        var document = await ContractDocument.LoadEmbeddedAsync();
        var failures = new List<string>();
        var served = 0;
        var named = 0;

        foreach (var operation in document.Operations)
        {
            foreach (var example in operation.Examples)
            {
                var headers = example.Headers.GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(h => h.Value)], StringComparer.OrdinalIgnoreCase);
                var violations = ResponseValidator.Validate(operation, new ResponseSnapshot(example.Status, headers, example.ContentType, example.Body));
                failures.AddRange(violations.Select(v => $"{operation.OperationId} {example.Status} {example.Name}: {v}"));
                served++;
                named += example.Name is null ? 0 : 1;
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(served > 100, $"only {served} examples were checked");
        Assert.True(named > 50, $"only {named} named examples were checked");
    }

    [Fact]
    public async Task EveryDeclaredStatusHasAnAnswer()
    {
        var document = await ContractDocument.LoadEmbeddedAsync();

        var missing = document.Operations
            .SelectMany(o => o.DeclaredStatuses.Where(s => o.ExampleFor(int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)) is null).Select(s => $"{o.OperationId} {s}"))
            .ToList();

        Assert.Empty(missing);
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

    [Fact]
    public async Task NamedExamplesAreTypedAndTheFirstIsTheStatusDefault()
    {
        var listDocuments = (await ContractDocument.LoadEmbeddedAsync()).FindById("listDocuments")!;

        var empty = listDocuments.NamedExample("empty")!;
        var page = listDocuments.ExampleFor(200)!;

        Assert.Equal((200, "{\"count\":0,\"next\":null,\"previous\":null,\"results\":[]}"), (empty.Status, empty.Body));
        Assert.Equal("page", page.Name);
        Assert.Contains("\"count\":257", page.Body, StringComparison.Ordinal);
        Assert.Equal(404, listDocuments.NamedExample("invalid_page")!.Status);
        Assert.Null(listDocuments.NamedExample("invalid_page", status: 200));
        Assert.Null(listDocuments.NamedExample("no_such_example"));
    }

    [Fact]
    public async Task ANameNamesOneExampleWithinAnOperation()
    {
        var document = await ContractDocument.LoadEmbeddedAsync();

        var ambiguous = document.Operations
            .SelectMany(o => o.Examples.Where(e => e.Name is not null).GroupBy(e => e.Name!, StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Count() > 1).Select(g => $"{o.OperationId}: {g.Key}"))
            .ToList();

        Assert.Empty(ambiguous);
    }
}
